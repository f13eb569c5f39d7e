package io.claimtracker.article;

import io.claimtracker.common.Timestamps;
import io.claimtracker.common.FindOrCreate;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.common.text.Texts;
import jakarta.enterprise.context.ApplicationScoped;


/** Resolves outlet names to one record each. */
@ApplicationScoped
public class OutletService {

    public Outlet resolve(ArticleDtos.OutletRef ref) {
        String name = Texts.clean(ref.name());
        String key = NameKey.of(name);
        String homepage = Texts.clean(ref.homepage());
        Outlet outlet = FindOrCreate.resolve(() -> Outlet.findByKey(key), () -> Outlet.getEntityManager()
                .createNativeQuery("INSERT INTO outlet (name, name_key, homepage, created_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, name).setParameter(2, key).setParameter(3, homepage).setParameter(4, Timestamps.now())
                .executeUpdate(), created -> {
        });
        if (outlet.homepage == null && homepage != null) {
            outlet.homepage = homepage;
        }
        return outlet;
    }
}
