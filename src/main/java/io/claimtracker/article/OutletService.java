package io.claimtracker.article;

import io.claimtracker.common.FindOrCreate;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Resolves outlet names to one record each. */
@ApplicationScoped
public class OutletService {

    public Outlet resolve(ArticleDtos.OutletRef ref) {
        String name = Texts.clean(ref.name());
        String key = NameKey.of(name);
        String homepage = Texts.clean(ref.homepage());
        Outlet outlet = FindOrCreate.resolve(() -> Outlet.findByKey(key), () -> {
            Outlet created = new Outlet();
            created.name = name;
            created.nameKey = key;
            created.homepage = homepage;
            created.createdAt = Instant.now();
            created.persistAndFlush();
        });
        if (outlet.homepage == null && homepage != null) {
            outlet.homepage = homepage;
        }
        return outlet;
    }
}
