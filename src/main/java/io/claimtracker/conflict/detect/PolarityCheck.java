package io.claimtracker.conflict.detect;

import java.util.Optional;
import java.util.Set;

/**
 * One statement negates what the other asserts (POLARITY): exactly one is negated, and most of what it negates is
 * what the other says; an act the other only orders or plans is not asserted.
 */
final class PolarityCheck implements Check {

    private static final double MIN_COVERAGE_POLARITY = 0.6;

    private final OpposedActionCheck opposition;

    PolarityCheck(OpposedActionCheck opposition) {
        this.opposition = opposition;
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.negation.isPresent() == right.negation.isPresent() || left.question || right.question
                || opposition.opposedPair(left, right).isPresent()) {
            return Optional.empty();
        }
        Analysis negated = left.negation.isPresent() ? left : right;
        Analysis asserted = negated == left ? right : left;
        if (asserted.tokens.stream().anyMatch(token -> Lexicon.NEGATIVE_PREDICATES.contains(token.lemma()))
                || NegatedActCheck.onlyIntended(negated, asserted)) {
            return Optional.empty();
        }
        double overlap = negated.coveredBy(asserted);
        Set<String> shared = left.shared(right);
        if (overlap < MIN_COVERAGE_POLARITY || shared.isEmpty()) {
            return Optional.empty();
        }
        Token cue = negated.negation.orElseThrow();
        String which = negated == left ? Verdict.FIRST : Verdict.SECOND;
        String other = negated == left ? Verdict.SECOND : Verdict.FIRST;
        return Optional.of(Verdict.of(ConflictKind.POLARITY, 0.55 + 0.4 * overlap, which + " denies what " + other
                + " asserts. " + other + " says “" + asserted.gist() + "”; " + which + " says “"
                + negated.clause(cue.index()) + "”."));
    }
}
