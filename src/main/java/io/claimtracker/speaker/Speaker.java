package io.claimtracker.speaker;

import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.common.persistence.EditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;

import java.util.LinkedHashSet;
import java.util.Set;

/** A person or office quoted in articles, e.g. a defence minister or "Pentagon spokesman". */
@Entity
public class Speaker extends EditedEntity implements Audited {

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

    @Override
    public AuditState auditState() {
        return AuditState.of().with("name", name).with("role", role).with("affiliation", affiliation)
                .with("aliases", aliases.stream().map(alias -> alias.alias).sorted().toList());
    }
}
