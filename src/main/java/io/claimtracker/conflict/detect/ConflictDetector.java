package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether two statements about the same thing conflict, and how. Plain Java: it needs only word senses
 * (WordNet in production) and is safe to share between threads.
 */
public final class ConflictDetector {

    private final WordSenses senses;
    private final List<Check> checks;
    private final StageChangeCheck stageChange;

    public ConflictDetector(WordSenses senses) {
        this.senses = senses;
        OpposedActionCheck opposition = new OpposedActionCheck(senses);
        this.checks = List.of(new StanceCheck(), new NumericCheck(senses), new DateCheck(senses),
                new PolarityCheck(opposition), new DealStageCheck(), opposition, new DenialCheck(),
                new OutcomeCheck(senses), new NegatedActCheck(senses), new AgentCheck(senses));
        this.stageChange = new StageChangeCheck(senses);
    }

    /** A statement analysed once, for comparing with many others. */
    public static final class Prepared {

        private final Analysis analysis;

        private Prepared(Analysis analysis) {
            this.analysis = analysis;
        }

        public Statement statement() {
            return analysis.statement;
        }

        /** The statement as an explanation quotes it: whole when short enough, else its first clause of substance. */
        String gist() {
            return analysis.gist();
        }
    }

    /** How much content two statements share, from 0 to 1 (of the smaller one's content). */
    static double relatedness(Prepared first, Prepared second) {
        return first.analysis.overlap(second.analysis);
    }

    /**
     * Whether both statements deny or oppose (a negation, or a predicate such as oppose or reject, on each side):
     * "no deal is expected" and "officials oppose a quick deal" say the same thing, whatever the model reads.
     */
    static boolean bothNegative(Prepared first, Prepared second) {
        return negative(first.analysis) && negative(second.analysis);
    }

    /**
     * Whether one statement denies an act that the other only orders, wants or plans ("no one handed a weapon over",
     * "they were ordered to hand over their weapons"): what was ordered need not have happened.
     */
    static boolean deniesWhatIsOnlyIntended(Prepared first, Prepared second) {
        return first.analysis.negation.isPresent() != second.analysis.negation.isPresent()
                && (first.analysis.negation.isPresent()
                ? NegatedActCheck.onlyIntended(first.analysis, second.analysis)
                : NegatedActCheck.onlyIntended(second.analysis, first.analysis));
    }

    /**
     * Whether both statements give dates and no date of one can be a date of the other: whether they tell of one
     * event is then the date rule's question, which the model, reading day words poorly, must not answer alone.
     */
    static boolean datedApart(Prepared first, Prepared second) {
        List<DateMention> mine = first.analysis.dates();
        List<DateMention> theirs = second.analysis.dates();
        return !mine.isEmpty() && !theirs.isEmpty()
                && mine.stream().allMatch(x -> theirs.stream().allMatch(x::disjointFrom));
    }

    /**
     * The last day a statement says its state held, when it dates it ("in June 2014 the league was not looking to
     * expand"): the end of its latest resolved event date.
     */
    static Optional<java.time.LocalDate> statedDay(Prepared prepared) {
        return Events.eventDates(prepared.analysis).stream().filter(DateMention::resolved).map(DateMention::to)
                .max(Comparator.naturalOrder());
    }

    /** Whether a statement denies: a negation, or a word calling something untrue. */
    static boolean denies(Prepared prepared) {
        Analysis analysis = prepared.analysis;
        return analysis.negation.isPresent() || analysis.tokens.stream().anyMatch(token ->
                WordLists.REFUTATIONS.contains(token.lower()) || WordLists.REFUTATIONS.contains(token.lemma()));
    }

    private static boolean negative(Analysis analysis) {
        return analysis.negation.isPresent()
                || analysis.tokens.stream().anyMatch(token -> Lexicon.NEGATIVE_PREDICATES.contains(token.lemma()));
    }

    /** A finding of the contradiction model alone, quoting what each statement says that the other does not. */
    Verdict modelFinding(Prepared first, Prepared second, double score) {
        Analysis left = first.analysis;
        Analysis right = second.analysis;
        Verdict verdict = Verdict.of(ConflictKind.CONTRADICTION, score, "The statements cannot both be true: "
                + Verdict.FIRST + " says “" + left.gist() + "”, " + Verdict.SECOND + " says “" + right.gist() + "”.");
        Statement a = left.statement;
        Statement b = right.statement;
        if (a.speakerKey() != null && a.speakerKey().equals(b.speakerKey()) && SpeakerNames.isNamedPerson(a.speakerKey())) {
            verdict = verdict.asReversal();
        }
        return verdict;
    }

    public Prepared prepare(Statement statement) {
        return new Prepared(Analysis.of(statement, senses));
    }

    public Verdict check(Statement a, Statement b) {
        return check(prepare(a), prepare(b));
    }

    public Verdict check(Prepared first, Prepared second) {
        Analysis left = first.analysis;
        Analysis right = second.analysis;
        Statement a = left.statement;
        Statement b = right.statement;
        List<Verdict> found = new ArrayList<>();
        for (Check each : checks) {
            each.find(left, right).ifPresent(found::add);
        }
        if (found.stream().anyMatch(finding -> finding.kind() == ConflictKind.DEAL_STAGE)) {
            found.removeIf(finding -> finding.kind() == ConflictKind.POLARITY);
        }
        Optional<Verdict> strongest = found.stream().max(Comparator.comparingDouble(Verdict::score));
        if (found.stream().allMatch(finding -> finding.kind() == ConflictKind.NUMERIC)) {
            Optional<Verdict> revision = stageChange.revision(left, right);
            if (revision.isPresent()) {
                return revision.get();
            }
        }
        if (strongest.isEmpty()) {
            return stageChange.find(left, right).orElseGet(() -> Verdict.none(left.shared(right).isEmpty()
                    ? "The statements share no subject." : "No clash found between the statements."));
        }
        Verdict verdict = strongest.get();
        Optional<Token> hedge = left.hedge.or(() -> right.hedge);
        if (hedge.isPresent() && (verdict.kind() == ConflictKind.POLARITY || verdict.kind() == ConflictKind.OPPOSED_ACTION)) {
            verdict = verdict.asTension(hedge.get().text());
        }
        if (a.speakerKey() != null && a.speakerKey().equals(b.speakerKey()) && SpeakerNames.isNamedPerson(a.speakerKey())) {
            verdict = verdict.asReversal();
        }
        return verdict;
    }

    /** Whether both statements give the very same figure: opposed words about it judge one thing at any gap. */
    static boolean sameFigure(Prepared first, Prepared second) {
        return OpposedActionCheck.sameFigure(first.analysis, second.analysis);
    }
}
