package io.claimtracker.conflict;

import io.claimtracker.claim.Claim;
import io.claimtracker.conflict.detect.ConflictKind;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Locale;

/** What the API exchanges about pairs worth a look. */
public final class WorthALookDtos {

    private WorthALookDtos() {
    }

    /** The pairs shown beside one claim, best first. */
    public record WorthALook(List<Item> items) {
    }

    /**
     * One pair worth a look, seen from one of its claims: the other claim, what was read in the pair (null when
     * only closeness brings it up), whether it waits for a date, why in words, the score that orders it, and where
     * an editor's decision on it stands.
     */
    public record Item(long id, OtherClaim claim, ConflictKind kind, boolean datesNeeded, String reason, double score,
                       String status, Long conflictId, long version) {

        static Item of(PossibleConflict pair, long seenFrom) {
            Claim other = pair.claimA().id == seenFrom ? pair.claimB() : pair.claimA();
            return new Item(pair.id, OtherClaim.of(other), pair.kind(), pair.datesNeeded(), reason(pair),
                    pair.score(), pair.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), pair.conflictId(),
                    pair.version());
        }

        /**
         * The reason in full: a pair brought up by closeness alone is stored without the claims' words, which are
         * quoted here as they read now.
         */
        static String reason(PossibleConflict pair) {
            if (pair.kind() != null || pair.datesNeeded()) {
                return pair.reason();
            }
            return pair.claimA().speaker.name + " says “" + quoted(pair.claimA()) + "”; " + pair.claimB().speaker.name
                    + " says “" + quoted(pair.claimB()) + "”. " + pair.reason();
        }

        private static String quoted(Claim claim) {
            return claim.statement.strip().replaceAll("[.\\s]+$", "");
        }

        static Item decided(PossibleConflict pair) {
            return of(pair, pair.claimA().id);
        }
    }

    /** The other claim of a pair, as much as an editor needs to judge it. */
    public record OtherClaim(long id, String speaker, String statement, String quote, long articleId) {

        static OtherClaim of(Claim claim) {
            return new OtherClaim(claim.id, claim.speaker.name, claim.statement, claim.quoteExact, claim.article.id);
        }
    }

    /** An editor's decision on a pair, against the version they saw. */
    public record Decision(@NotNull(message = "is required: send the version you saw") Long version) {
    }
}
