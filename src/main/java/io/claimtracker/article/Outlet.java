package io.claimtracker.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;

/** A publication articles come from, resolved by name. */
@Entity
public class Outlet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(length = 2000)
    public String homepage;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<Outlet> findByKey(String key) {
        return find("nameKey", key).firstResultOptional();
    }
}
