package io.claimtracker.conflict.detect;

import java.util.Locale;
import java.util.Optional;

/** Opposite stances editors recorded on one proposition of a topic (STANCE). */
final class StanceCheck implements Check {

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        Statement a = left.statement;
        Statement b = right.statement;
        if (a.stance() == null || b.stance() == null || a.proposition() == null || b.proposition() == null
                || a.stance() == b.stance()
                || !a.proposition().strip().equalsIgnoreCase(b.proposition().strip())) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.STANCE, 0.95, "Opposite stances on “" + a.proposition().strip()
                + "”: " + Verdict.FIRST + " is " + a.stance().name().toLowerCase(Locale.ROOT) + " it, "
                + Verdict.SECOND + " is "
                + b.stance().name().toLowerCase(Locale.ROOT) + " it."));
    }
}
