package io.claimtracker.topic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** A story that groups claims about one event or question, e.g. "US–Russia deal on Aleppo". */
@Entity
public class Topic extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "name_key", nullable = false, length = 300)
    public String nameKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
