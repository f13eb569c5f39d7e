package io.claimtracker.speaker;

import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.FindOrCreate;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.PageView;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Resolves speaker names, with their aliases, to one speaker each. */
@ApplicationScoped
public class SpeakerService {

    @Inject
    AuditLog audit;

    private static final int OFFERED = 5;
    private static final java.util.Set<String> TITLES = java.util.Set.of("spokesman", "spokeswoman", "spokesperson",
            "minister", "secretary", "mayor", "envoy", "official", "officials", "officer", "source", "sources",
            "president", "governor", "ambassador", "general", "commander", "chief", "director", "analyst", "expert",
            "researcher", "reporter", "correspondent", "editor", "army", "ministry", "government", "agency", "office",
            "department", "council", "committee", "group", "police", "military", "forces", "command", "press",
            "news", "staff", "team", "board", "court", "union", "party", "institute", "observatory", "service");

    /** Resolves a name without knowing where it was said. */
    public Speaker resolve(SpeakerDtos.SpeakerRef ref) {
        return resolve(ref, List::of);
    }

    /**
     * Resolves a speaker by id, name or alias, or creates one; a new name whose surname matches a known speaker is
     * refused with that speaker offered, speakers of {@code nearby} (the same article or topic, looked up only
     * then) first.
     */
    public Speaker resolve(SpeakerDtos.SpeakerRef given, java.util.function.Supplier<Collection<Long>> nearby) {
        SpeakerDtos.SpeakerRef ref = roleAfterComma(given);
        String name = Texts.clean(ref.name());
        String key = NameKey.of(name);
        if (key.isEmpty()) {
            throw new UnprocessableException("Invalid speaker",
                    "The speaker's name must contain letters or digits.", "speaker.name", java.util.Map.of());
        }
        if (ref.id() != null) {
            return chosen(ref, name, key);
        }
        if (!Boolean.TRUE.equals(ref.newSpeaker()) && properSurname(name) && findByNameOrAlias(key).isEmpty()) {
            List<Speaker> same = sameSurname(key);
            boolean createdMeanwhile = same.stream().anyMatch(speaker -> speaker.nameKey.equals(key)
                    || speaker.aliases.stream().anyMatch(alias -> alias.aliasKey.equals(key)));
            if (!same.isEmpty() && !createdMeanwhile) {
                Collection<Long> near = nearby.get();
                throw new KnownSpeakerOffered(name, same.stream()
                        .sorted(Comparator.comparing((Speaker speaker) -> !near.contains(speaker.id))
                                .thenComparing(speaker -> speaker.id))
                        .limit(OFFERED).map(SpeakerDtos.SpeakerSummary::of).toList());
            }
        }
        Instant now = Timestamps.now();
        Speaker speaker = FindOrCreate.resolve(() -> findByNameOrAlias(key), () -> Speaker.getEntityManager()
                .createNativeQuery("INSERT INTO speaker (name, name_key, role, affiliation, created_at, updated_at, "
                        + "version) VALUES (?1, ?2, ?3, ?4, ?5, ?5, 0) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, name).setParameter(2, key).setParameter(3, Texts.clean(ref.role()))
                .setParameter(4, Texts.clean(ref.affiliation())).setParameter(5, now)
                .executeUpdate(), created -> audit.recordCreationOnce(AuditedEntity.SPEAKER, created.id,
                created.auditState().asMap()));
        Map<String, Object> before = speaker.auditState().asMap();
        if (complete(speaker, ref)) {
            audit.record(AuditedEntity.SPEAKER, speaker.id, AuditLog.UPDATED, before, speaker.auditState().asMap());
        }
        return speaker;
    }

    /** Replaces the speaker's dated roles; a role must not end before it starts. */
    public Speaker replaceRoles(long id, List<SpeakerDtos.RolePeriod> periods) {
        Speaker speaker = get(id);
        for (int i = 0; i < periods.size(); i++) {
            SpeakerDtos.RolePeriod period = periods.get(i);
            if (period.from() != null && period.to() != null && period.to().isBefore(period.from())) {
                throw InvalidInputException.of("roles[" + i + "].to", "is before its start (" + period.from()
                        + "); give the last day the role was held");
            }
        }
        Map<String, Object> before = speaker.auditState().asMap();
        speaker.roles.clear();
        periods.forEach(period -> speaker.roles.add(new SpeakerRole(Texts.clean(period.title()), period.from(),
                period.to())));
        speaker.updatedAt = Timestamps.now();
        speaker.flush();
        audit.record(AuditedEntity.SPEAKER, speaker.id, AuditLog.UPDATED, before, speaker.auditState().asMap());
        return speaker;
    }

    private Speaker chosen(SpeakerDtos.SpeakerRef ref, String name, String key) {
        Speaker speaker = get(ref.id());
        Map<String, Object> before = speaker.auditState().asMap();
        boolean changed = complete(speaker, ref);
        if (!key.equals(speaker.nameKey) && speaker.aliases.stream().noneMatch(alias -> alias.aliasKey.equals(key))) {
            requireAliasFree(speaker, name, key);
            speaker.aliases.add(new SpeakerAlias(name, key));
            speaker.updatedAt = Timestamps.now();
            changed = true;
        }
        if (changed) {
            audit.record(AuditedEntity.SPEAKER, speaker.id, AuditLog.UPDATED, before, speaker.auditState().asMap());
        }
        return speaker;
    }

    /** Known speakers the name may be: the same surname, and earlier names equal or initials ("S. Shoigu"). */
    private static List<Speaker> sameSurname(String key) {
        String[] words = key.split(" ");
        String surname = words[words.length - 1];
        return Speaker.<Speaker>find("nameKey = ?1 or nameKey like ?2 or id in (select s.id from Speaker s join "
                        + "s.aliases a where a.aliasKey = ?1 or a.aliasKey like ?2)", surname, "% " + surname)
                .page(0, 50).list().stream()
                .filter(speaker -> (properSurname(speaker.name) && samePerson(key, speaker.nameKey))
                        || speaker.aliases.stream().anyMatch(alias -> properSurname(alias.alias)
                        && samePerson(key, alias.aliasKey)))
                .toList();
    }

    /** Whether a name ends in what reads as a surname: capitalised, and not a title ("Mayor", "harbour clerk"). */
    static boolean properSurname(String name) {
        String[] words = name.strip().split("[\\s,]+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}'’-]", "");
        return !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
                && !TITLES.contains(last.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean samePerson(String key, String known) {
        String[] mine = key.split(" ");
        String[] theirs = known.split(" ");
        String[] shorter = mine.length <= theirs.length ? mine : theirs;
        String[] longer = shorter == mine ? theirs : mine;
        for (int i = 1; i <= shorter.length; i++) {
            String word = shorter[shorter.length - i];
            String other = longer[longer.length - i];
            boolean initial = i > 1 && (word.length() == 1 || other.length() == 1) && word.charAt(0) == other.charAt(0);
            if (!word.equals(other) && !initial) {
                return false;
            }
        }
        return true;
    }

    /** "Sergei Shoigu, defence minister" given with no role: the name before the comma, the role after it. */
    private static SpeakerDtos.SpeakerRef roleAfterComma(SpeakerDtos.SpeakerRef ref) {
        String name = ref.name() == null ? "" : ref.name();
        int comma = name.indexOf(',');
        if (comma <= 0 || Texts.clean(ref.role()) != null || Texts.clean(name.substring(comma + 1)) == null) {
            return ref;
        }
        return new SpeakerDtos.SpeakerRef(name.substring(0, comma), Texts.clean(name.substring(comma + 1)),
                ref.affiliation(), ref.aliases(), ref.id(), ref.newSpeaker());
    }

    private static void requireAliasFree(Speaker speaker, String cleaned, String aliasKey) {
        Optional<Speaker> owner = findByNameOrAlias(aliasKey);
        if (owner.isPresent() && !owner.get().id.equals(speaker.id)) {
            throw new UnprocessableException("Alias already taken", "The alias '" + cleaned
                    + "' already names speaker #" + owner.get().id + " (" + owner.get().name
                    + "). Remove it from this speaker's aliases or use that speaker.", "speaker.name", java.util.Map.of());
        }
    }

    public Speaker get(long id) {
        return Speaker.<Speaker>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("speaker", id));
    }

    public PageView<Speaker> list(String query, PageRequest paging) {
        String key = query == null ? "" : NameKey.of(query);
        var found = key.isEmpty()
                ? Speaker.<Speaker>find("order by name, id")
                : Speaker.<Speaker>find("nameKey like ?1 or id in (select s.id from Speaker s join s.aliases a "
                        + "where a.aliasKey like ?1) order by name, id", "%" + key + "%");
        List<Speaker> items = found.page(paging.page(), paging.size()).list();
        return new PageView<>(items, paging.page(), paging.size(), found.count());
    }

    private static Optional<Speaker> findByNameOrAlias(String key) {
        return Speaker.<Speaker>find("nameKey = ?1 or id in (select s.id from Speaker s join s.aliases a "
                + "where a.aliasKey = ?1)", key).firstResultOptional();
    }

    private boolean complete(Speaker speaker, SpeakerDtos.SpeakerRef ref) {
        boolean changed = false;
        if (speaker.role == null && Texts.clean(ref.role()) != null) {
            speaker.role = Texts.clean(ref.role());
            changed = true;
        }
        if (speaker.affiliation == null && Texts.clean(ref.affiliation()) != null) {
            speaker.affiliation = Texts.clean(ref.affiliation());
            changed = true;
        }
        for (String alias : Objects.requireNonNullElse(ref.aliases(), List.<String>of())) {
            String cleaned = Texts.clean(alias);
            String aliasKey = NameKey.of(cleaned);
            if (aliasKey.isEmpty() || aliasKey.equals(speaker.nameKey)) {
                continue;
            }
            requireAliasFree(speaker, cleaned, aliasKey);
            changed |= speaker.aliases.add(new SpeakerAlias(cleaned, aliasKey));
        }
        if (changed) {
            speaker.updatedAt = Timestamps.now();
        }
        return changed;
    }
}
