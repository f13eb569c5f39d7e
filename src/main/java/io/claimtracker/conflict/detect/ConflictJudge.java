package io.claimtracker.conflict.detect;

import io.claimtracker.conflict.model.NliScores;
import io.claimtracker.conflict.model.PairScorer;
import io.claimtracker.conflict.model.PairScorer.TextPair;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Rules and the contradiction model together. The rules propose typed findings and the model confirms or vetoes
 * each (editors' stances need no confirmation); the model alone flags pairs the rules cannot read, as
 * {@link ConflictKind#CONTRADICTION}, when the two statements are about the same event. Findings between claims
 * made days apart, where the later may report a change, are recorded as a {@link ConflictKind#DEVELOPMENT}.
 */
public final class ConflictJudge {

    private final ConflictDetector rules;
    private final PairScorer model;
    private final JudgeSettings settings;

    public ConflictJudge(ConflictDetector rules, PairScorer model, JudgeSettings settings) {
        this.rules = rules;
        this.model = model;
        this.settings = settings;
    }

    public ConflictDetector.Prepared prepare(Statement statement) {
        return rules.prepare(statement);
    }

    public Verdict check(Statement a, Statement b) {
        return judgeEach(List.of(new Pair(prepare(a), prepare(b)))).get(0);
    }

    /**
     * Two prepared statements to judge, in the order they are reported (A, B); {@code flagged} when a flag between
     * them stands, which the model then always reads again, so a re-check never drops a flag for want of room;
     * {@code closeness} the cosine of their sentence embeddings, or NaN where unknown.
     */
    public record Pair(ConflictDetector.Prepared a, ConflictDetector.Prepared b, boolean flagged, double closeness) {

        public Pair(ConflictDetector.Prepared a, ConflictDetector.Prepared b) {
            this(a, b, false, Double.NaN);
        }

        public Pair(ConflictDetector.Prepared a, ConflictDetector.Prepared b, boolean flagged) {
            this(a, b, flagged, Double.NaN);
        }
    }

    /** One check's verdicts and, for the pairs not stored as flags, which are worth an editor's look (else null). */
    public record Judged(List<Verdict> verdicts, List<Lead> leads) {
    }

    /** One verdict per pair, in order; the model runs once over all pairs that need it. */
    public List<Verdict> judge(List<Pair> pairs) {
        return judgeAll(List.of(pairs)).get(0);
    }

    /**
     * The verdicts of several checks at once, each list judged as {@link #judge} would (its own caps on what the
     * model reads), with the model run once over the pairs all of them need.
     */
    public List<List<Verdict>> judgeAll(List<List<Pair>> checks) {
        return judgeWithLeads(checks).stream().map(Judged::verdicts).toList();
    }

    /** As {@link #judgeAll}, with each check's pairs worth a look beside its verdicts ({@link Leads}). */
    public List<Judged> judgeWithLeads(List<List<Pair>> checks) {
        List<Pair> all = new ArrayList<>();
        List<Integer> read = new ArrayList<>();
        List<List<Verdict>> proposals = new ArrayList<>(checks.size());
        List<List<Double>> relatednesses = new ArrayList<>(checks.size());
        for (List<Pair> pairs : checks) {
            int offset = all.size();
            List<Verdict> proposed = new ArrayList<>(pairs.size());
            List<Double> relatedness = new ArrayList<>(pairs.size());
            for (Pair pair : pairs) {
                proposed.add(rules.check(pair.a(), pair.b()));
                relatedness.add(relatedness(pair));
            }
            all.addAll(pairs);
            modelReads(pairs, proposed, relatedness).forEach(i -> read.add(offset + i));
            proposals.add(proposed);
            relatednesses.add(relatedness);
        }
        List<NliScores> scored = score(all, read);
        NliScores[] scores = new NliScores[all.size()];
        for (int k = 0; k < read.size(); k++) {
            scores[read.get(k)] = scored.get(k);
        }
        List<Judged> judged = new ArrayList<>(checks.size());
        int offset = 0;
        for (int c = 0; c < checks.size(); c++) {
            List<Pair> pairs = checks.get(c);
            int start = offset;
            List<Verdict> proposed = proposals.get(c);
            List<Double> relatedness = relatednesses.get(c);
            List<Verdict> verdicts = IntStream.range(0, pairs.size()).mapToObj(i -> combine(pairs.get(i),
                    proposed.get(i), relatedness.get(i), scores[start + i], settings)).toList();
            judged.add(new Judged(verdicts, Leads.pick(pairs, proposed, verdicts,
                    java.util.Arrays.asList(scores).subList(start, start + pairs.size()))));
            offset += pairs.size();
        }
        return judged;
    }

    /**
     * Which pairs of one check the model reads: every pair with a standing flag, then rule findings, strongest first,
     * then the most related others, the last two within the per-claim caps.
     */
    private List<Integer> modelReads(List<Pair> pairs, List<Verdict> proposed, List<Double> relatedness) {
        List<Integer> flagged = new ArrayList<>();
        List<Integer> findings = new ArrayList<>();
        List<Integer> modelOnly = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            if (pairs.get(i).flagged()) {
                flagged.add(i);
            } else if (needsConfirmation(proposed.get(i))) {
                findings.add(i);
            } else if (!proposed.get(i).conflict() && relatedness.get(i) >= settings.minRelatedness()) {
                modelOnly.add(i);
            }
        }
        findings.sort(Comparator.comparing((Integer i) -> proposed.get(i).score()).reversed());
        modelOnly.sort(Comparator.comparing((Integer i) -> relatedness.get(i)).reversed());
        List<Integer> capped = new ArrayList<>(findings);
        capped.addAll(modelOnly.subList(0, Math.min(modelOnly.size(), settings.modelOnlyPerClaim())));
        List<Integer> read = new ArrayList<>(flagged);
        read.addAll(capped.subList(0, Math.min(capped.size(), settings.modelPairsPerClaim())));
        return read;
    }

    /**
     * One verdict per pair where every pair is judged on its own, as {@link #check} would (no cap on the pairs the
     * model reads alone), with the model run once over all of them.
     */
    public List<Verdict> judgeEach(List<Pair> pairs) {
        List<Verdict> proposed = pairs.stream().map(this::rulesOnly).toList();
        List<Integer> all = IntStream.range(0, pairs.size()).boxed().toList();
        List<NliScores> scores = score(pairs, all);
        return IntStream.range(0, pairs.size()).mapToObj(i -> combine(pairs.get(i), proposed.get(i),
                relatedness(pairs.get(i)), scores.get(i), settings)).toList();
    }

    /** What the rules alone say of a pair. */
    public Verdict rulesOnly(Pair pair) {
        return rules.check(pair.a(), pair.b());
    }

    /** How much content the pair shares, from 0 to 1: the model alone judges only related pairs. */
    public static double relatedness(Pair pair) {
        return ConflictDetector.relatedness(pair.a(), pair.b());
    }

    /**
     * The model's order-free scores for the given pairs: each read both ways and averaged, since a single reading
     * can differ widely with the order (neutral 0.90 one way and 0.54 the other for one pair of dated reports).
     * Relative day words reach the model as the weekdays they mean ({@link DayNames}).
     */
    public List<NliScores> score(List<Pair> pairs, List<Integer> which) {
        List<TextPair> texts = new ArrayList<>(which.size() * 2);
        for (int i : which) {
            String a = DayNames.forModel(pairs.get(i).a().statement());
            String b = DayNames.forModel(pairs.get(i).b().statement());
            texts.add(new TextPair(a, b));
            texts.add(new TextPair(b, a));
        }
        List<NliScores> raw = texts.isEmpty() ? List.of() : model.score(texts);
        return IntStream.range(0, which.size()).mapToObj(k -> NliScores.symmetric(raw.get(2 * k), raw.get(2 * k + 1)))
                .toList();
    }

    private static boolean needsConfirmation(Verdict rule) {
        return rule.conflict() && !rule.kind().is(ConflictKind.Trait.UNJUDGED);
    }

    /**
     * The verdict for a pair given the rules' proposal and the model's scores ({@code nli} may be null where the
     * model did not read the pair), under the given thresholds.
     */
    public Verdict combine(Pair pair, Verdict rule, double relatedness, NliScores nli, JudgeSettings thresholds) {
        if (nli == null) {
            return needsConfirmation(rule) ? Verdict.none("The contradiction model did not read this pair.") : rule;
        }
        double contradiction = nli.contradiction();
        Verdict verdict;
        if (rule.conflict() && (rule.kind().is(ConflictKind.Trait.TYPED)
                || (rule.kind() == ConflictKind.OPPOSED_ACTION && rule.score() >= OpposedActionCheck.ALIGNED_OPPOSITION))) {
            if (nli.neutral() >= thresholds.unrelatedVeto()) {
                return Verdict.none("The contradiction model read the statements as unrelated (" + rule.kind()
                        + ", neutral " + percent(nli.neutral()) + ").");
            }
            verdict = rule.withScore(Math.max(rule.score(), contradiction));
        } else if (needsConfirmation(rule)) {
            if (contradiction < thresholds.confirm() || nli.entailment() >= thresholds.entailmentVeto()) {
                return Verdict.none("The contradiction model did not confirm the rule finding (" + rule.kind()
                        + ", contradiction " + percent(contradiction) + ").");
            }
            verdict = rule.withScore(Math.max(rule.score(), contradiction));
        } else if (rule.conflict()) {
            return rule;
        } else {
            if (contradiction < thresholds.alone() || relatedness < thresholds.minRelatedness()
                    || ConflictDetector.bothNegative(pair.a(), pair.b()) || ConflictDetector.datedApart(pair.a(), pair.b())
                    || ConflictDetector.deniesWhatIsOnlyIntended(pair.a(), pair.b())) {
                return rule;
            }
            verdict = rules.modelFinding(pair.a(), pair.b(), contradiction);
        }
        return development(pair, verdict, thresholds);
    }

    /** A finding between claims made days apart is the story moving on, unless it dates a past event. */
    private static Verdict development(Pair pair, Verdict verdict, JudgeSettings thresholds) {
        LocalDate first = pair.a().statement().referenceDate();
        LocalDate second = pair.b().statement().referenceDate();
        if (verdict.reversal() || verdict.kind().is(ConflictKind.Trait.LASTING)
                || (verdict.kind() == ConflictKind.OPPOSED_ACTION && ConflictDetector.sameFigure(pair.a(), pair.b()))) {
            return verdict;
        }
        if (first == null || second == null) {
            return verdict.kind().is(ConflictKind.Trait.STAGE) && saidBySomeone(pair)
                    && !pair.a().statement().sameSourceAs(pair.b().statement())
                    ? verdict.asDatesNeeded(first == null, second == null) : verdict;
        }
        if (verdict.kind().is(ConflictKind.Trait.STATE)) {
            first = heldOn(pair.a(), first, thresholds);
            second = heldOn(pair.b(), second, thresholds);
        }
        long days = Math.abs(ChronoUnit.DAYS.between(first, second));
        if (days < thresholds.developmentDays() || laterDenial(pair, verdict, first, second)) {
            return verdict;
        }
        return verdict.asDevelopment(first.isBefore(second), days);
    }

    /** The day a statement's state held: a date it gives that far enough before it was said, else that day. */
    private static LocalDate heldOn(ConflictDetector.Prepared statement, LocalDate said, JudgeSettings thresholds) {
        return ConflictDetector.statedDay(statement)
                .filter(day -> ChronoUnit.DAYS.between(day, said) >= thresholds.developmentDays()).orElse(said);
    }

    /**
     * Whether both statements are claims someone made at some time: bare statements checked on their own (the
     * stateless check, the labelled pairs) are read as said at one moment.
     */
    private static boolean saidBySomeone(Pair pair) {
        return pair.a().statement().speakerKey() != null && pair.b().statement().speakerKey() != null;
    }

    /**
     * Whether a denial came after what it denies: a report called untrue, or an act said not to have happened, is a
     * conflict however long after the report it comes.
     */
    private static boolean laterDenial(Pair pair, Verdict verdict, LocalDate first, LocalDate second) {
        if (verdict.kind() != ConflictKind.DENIAL || first.equals(second)) {
            return false;
        }
        boolean firstDenies = ConflictDetector.denies(pair.a());
        boolean secondDenies = ConflictDetector.denies(pair.b());
        return firstDenies != secondDenies && (firstDenies ? first.isAfter(second) : second.isAfter(first));
    }

    /** A probability or share as a whole percentage, as explanations write it. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value * 100);
    }
}
