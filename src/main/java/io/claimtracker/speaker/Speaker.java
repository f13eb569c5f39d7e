package io.claimtracker.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person or office quoted in articles, e.g. a defence minister or "Pentagon spokesman". */
@Entity
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(name = "name_key", nullable = false, length = 300)
    public String nameKey;

    @Column(length = 300)
    public String role;

    @Column(length = 300)
    public String affiliation;

    @ElementCollection
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    public Set<SpeakerAlias> aliases = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
