package io.claimtracker.speaker;

import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.common.persistence.EditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    @ElementCollection
    @CollectionTable(name = "speaker_role", joinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "position")
    public List<SpeakerRole> roles = new ArrayList<>();

    /** The dated role the speaker held on that day, if the record says. */
    public Optional<String> roleOn(LocalDate day) {
        return day == null ? Optional.empty()
                : roles.stream().filter(held -> held.dated() && held.covers(day)).map(held -> held.title).findFirst();
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("name", name).with("role", role).with("affiliation", affiliation)
                .with("aliases", aliases.stream().map(alias -> alias.alias).sorted().toList())
                .with("roles", roles.stream().map(SpeakerRole::describe).toList());
    }
}
