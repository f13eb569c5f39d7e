package io.claimtracker.conflict.detect;

import java.util.Optional;
import java.util.Set;

/**
 * Opposed predicates about the same thing (OPPOSED_ACTION): a curated news opposite or a WordNet antonym, aligned
 * when both have one actor and one object, say the same but for the two words, or judge one exact figure.
 */
final class OpposedActionCheck implements Check {

    private static final double MIN_OVERLAP_OPPOSED = 0.5;
    /**
     * The score of an opposition between statements that say the same but for the opposed words ("the port was
     * opened", "the port was closed"): the model reads such single-word swaps poorly, so the judge lets them stand
     * unless the model finds the statements unrelated.
     */
    static final double ALIGNED_OPPOSITION = 0.9;
    /** How many words before an opposed predicate its actor may stand ("the US has quietly turned down"). */
    private static final int ACTOR_REACH = 3;
    /** How many content words after an opposed predicate are read as what it acts on. */
    private static final int OBJECT_WORDS = 3;

    private final WordSenses senses;

    OpposedActionCheck(WordSenses senses) {
        this.senses = senses;
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.negation.isPresent() != right.negation.isPresent() || left.question || right.question) {
            return Optional.empty();
        }
        Optional<Token[]> pair = opposedPair(left, right);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        Token x = pair.get()[0];
        Token y = pair.get()[1];
        Set<String> context = left.shared(right);
        double overlap = alignedApartFrom(left, right, x, y) || sameParticipants(left, x, right, y)
                || (sameFigure(left, right) && !context.isEmpty()) ? 1 : left.overlap(right);
        if ((context.isEmpty() && overlap < 1) || overlap < MIN_OVERLAP_OPPOSED) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.OPPOSED_ACTION, 0.5 + (ALIGNED_OPPOSITION - 0.5) * overlap,
                "Opposed: " + Verdict.FIRST + " says “" + left.clause(x.index()) + "”, " + Verdict.SECOND
                        + " says “" + right.clause(y.index()) + "”."));
    }

    /** The first word of A opposed to a word of B, where neither word occurs on the other side. */
    Optional<Token[]> opposedPair(Analysis left, Analysis right) {
        for (Token x : left.tokens) {
            if (right.lemmas.contains(x.lemma()) || Lexicon.STOPWORDS.contains(x.lower())) {
                continue;
            }
            for (Token y : right.tokens) {
                if (!left.lemmas.contains(y.lemma()) && !Lexicon.STOPWORDS.contains(y.lower()) && opposed(x, y)) {
                    return Optional.of(new Token[] {x, y});
                }
            }
        }
        return Optional.empty();
    }

    private boolean opposed(Token x, Token y) {
        String a = x.lemma();
        String b = y.lemma();
        return Lexicon.OPPOSITES.getOrDefault(a, Set.of()).contains(b)
                || (a.length() > 2 && b.length() > 2 && senses.antonyms(a, b));
    }

    /**
     * Whether the opposed predicates have one actor and act on one thing: the same concept just before each, and a
     * concept shared among the words after ("Washington is offering Moscow a pact", "the US has turned down Russian
     * requests for cooperation").
     */
    private static boolean sameParticipants(Analysis left, Token x, Analysis right, Token y) {
        Optional<String> actor = left.actorBefore(x.index(), ACTOR_REACH);
        if (actor.isEmpty() || !actor.equals(right.actorBefore(y.index(), ACTOR_REACH))) {
            return false;
        }
        Set<String> object = new java.util.HashSet<>(left.objectAfter(x.index(), OBJECT_WORDS));
        object.retainAll(right.objectAfter(y.index(), OBJECT_WORDS));
        return !object.isEmpty();
    }

    /** Smallest figure two statements must both give to be read as speaking of it: "four" or "two" say little. */
    private static final double NAMED_FIGURE = 100;

    /**
     * Whether both statements give the very same figure, exactly ("$1.4 billion in fees is too high", "$1.4 billion
     * for four teams is far too low"): opposed words about it judge one thing.
     */
    static boolean sameFigure(Analysis left, Analysis right) {
        return left.quantities().stream().anyMatch(x -> !x.offset() && x.low() >= NAMED_FIGURE
                && right.quantities().stream().anyMatch(y -> !y.offset() && y.low() == x.low() && y.high() == x.high()
                && java.util.Objects.equals(x.unit(), y.unit())));
    }

    /** Whether the statements say the same but for the two opposed words ("She loves me", "She hates me"). */
    private static boolean alignedApartFrom(Analysis left, Analysis right, Token x, Token y) {
        Set<String> leftRest = new java.util.HashSet<>(left.content);
        leftRest.remove(Analysis.concept(x));
        Set<String> rightRest = new java.util.HashSet<>(right.content);
        rightRest.remove(Analysis.concept(y));
        return leftRest.equals(rightRest);
    }
}
