package io.claimtracker.article;

import io.claimtracker.common.persistence.CreatedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.util.Optional;

/** A publication articles come from, resolved by name. */
@Entity
public class Outlet extends CreatedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(length = 2000)
    public String homepage;

    public static Optional<Outlet> findByKey(String key) {
        return find("nameKey", key).firstResultOptional();
    }
}
