package io.claimtracker.claim;

import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.speaker.Speaker;
import io.claimtracker.speaker.SpeakerAlias;
import io.claimtracker.speaker.SpeakerService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Merges two speaker records that are one person ("Shoigu" and "Sergei Shoigu") and splits a name off again: claims,
 * aliases, role and affiliation move to the speaker kept, the other's name becomes an alias, and the moved claims
 * are checked for conflicts again (claims of one person that disagree become reversals). A split moves back the
 * claims that gave the split-off name. Both are audited.
 */
@ApplicationScoped
public class SpeakerMerging {

    static final String MERGED = "merged";
    static final String SPLIT = "split";

    @Inject
    SpeakerService speakers;

    @Inject
    DetectionQueue queue;

    @Inject
    ClaimRecording recording;

    @Inject
    AuditLog audit;


    /** The speaker kept and how many claims moved to it. */
    public record Merged(long speakerId, int claimsMoved) {
    }

    /** The speaker split off and how many claims moved to it. */
    public record Split(long speakerId, int claimsMoved) {
    }

    public Merged merge(long keptId, long otherId) {
        if (keptId == otherId) {
            throw InvalidInputException.of("speakerId", "names the speaker being kept; choose the other record");
        }
        List<Long> moved = QuarkusTransaction.requiringNew().call(() -> {
            Speaker kept = speakers.get(keptId);
            Speaker other = speakers.get(otherId);
            Map<String, Object> keptBefore = kept.auditState().asMap();
            Map<String, Object> otherBefore = other.auditState().asMap();
            List<Claim> claims = Claim.<Claim>find("speaker.id", otherId).list();
            moveClaims(claims, kept);
            List<SpeakerAlias> carried = new java.util.ArrayList<>(other.aliases);
            carried.add(new SpeakerAlias(other.name, other.nameKey));
            other.aliases.clear();
            other.flush();
            kept.role = kept.role != null ? kept.role : other.role;
            other.roles.stream().filter(role -> kept.roles.stream().noneMatch(held -> held.names(role.title)
                    && java.util.Objects.equals(held.heldFrom, role.heldFrom))).forEach(kept.roles::add);
            kept.affiliation = kept.affiliation != null ? kept.affiliation : other.affiliation;
            audit.record(AuditedEntity.SPEAKER, otherId, MERGED, otherBefore, Map.of("mergedInto", keptId));
            other.delete();
            Speaker.flush();
            for (SpeakerAlias alias : carried) {
                if (!alias.aliasKey.equals(kept.nameKey)) {
                    kept.aliases.add(alias);
                }
            }
            kept.updatedAt = Timestamps.now();
            kept.flush();
            audit.record(AuditedEntity.SPEAKER, keptId, AuditLog.UPDATED, keptBefore, kept.auditState().asMap());
            return claims.stream().map(claim -> claim.id).toList();
        });
        recording.recheckInBackground("Conflict checks after merging speaker #" + otherId + " into #" + keptId,
                moved);
        return new Merged(keptId, moved.size());
    }

    public Split split(long speakerId, String alias) {
        String key = NameKey.of(alias == null ? "" : alias);
        Long[] created = new Long[1];
        List<Long> moved = QuarkusTransaction.requiringNew().call(() -> {
            Speaker speaker = speakers.get(speakerId);
            SpeakerAlias found = speaker.aliases.stream().filter(known -> known.aliasKey.equals(key)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("alias", "is not one of this speaker's aliases: "
                            + speaker.aliases.stream().map(known -> known.alias).sorted().toList()));
            Map<String, Object> before = speaker.auditState().asMap();
            speaker.aliases.remove(found);
            speaker.updatedAt = Timestamps.now();
            speaker.flush();
            audit.record(AuditedEntity.SPEAKER, speakerId, SPLIT, before, speaker.auditState().asMap());
            Speaker separate = speakers.resolve(new io.claimtracker.speaker.SpeakerDtos.SpeakerRef(found.alias, null,
                    null, null).asNew());
            created[0] = separate.id;
            List<Claim> claims = Claim.<Claim>find("speaker.id", speakerId).list().stream()
                    .filter(claim -> claim.speakerNamed != null && NameKey.of(claim.speakerNamed).equals(key)).toList();
            moveClaims(claims, separate);
            return claims.stream().map(claim -> claim.id).toList();
        });
        recording.recheckInBackground("Conflict checks after splitting speaker #" + speakerId, moved);
        return new Split(created[0], moved.size());
    }

    /** Gives the claims to another speaker, audited, and queues them for a conflict check. */
    private void moveClaims(List<Claim> claims, Speaker to) {
        for (Claim claim : claims) {
            Map<String, Object> before = claim.auditState().asMap();
            claim.speaker = to;
            claim.flush();
            audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.UPDATED, before, claim.auditState().asMap());
            queue.enqueue(claim.id);
        }
    }
}
