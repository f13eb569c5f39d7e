package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether two statements about the same thing conflict, and how. Plain Java: it needs only word senses
 * (WordNet in production) and is safe to share between threads.
 */
public final class ConflictDetector {

    private static final double MIN_COVERAGE_POLARITY = 0.6;
    private static final double MIN_OVERLAP_OPPOSED = 0.5;
    private static final double MIN_OVERLAP_EVENT = 0.3;
    /**
     * The score of an opposition between statements that say the same but for the opposed words ("the port was
     * opened", "the port was closed"): the model reads such single-word swaps poorly, so the judge lets them stand
     * unless the model finds the statements unrelated.
     */
    static final double ALIGNED_OPPOSITION = 0.9;
    /** Share of the larger side's event words both sides must name: what happened and to what, not one word. */
    private static final double MIN_EVENT_SHARE = 0.5;
    /** Words two figures of no named unit must share around them to count one thing ("injured 40", "nine … wounded"). */
    private static final int MIN_SHARED_UNNAMED = 2;
    /** Content two statements with one figure each and no unit must share for the figures to count one thing. */
    private static final double MIN_OVERLAP_ONE_FIGURE = 0.5;
    /** Words a date or number is read with when deciding which event it dates or counts. */
    private static final int EVENT_RADIUS = 5;
    /** Content words besides the deal two statements must share to tell of one deal (its parties, its subject). */
    private static final int MIN_DEAL_PARTIES = 2;
    private static final double DEAL_STAGE_SCORE = 0.8;
    /** How many words before an opposed predicate its actor may stand ("the US has quietly turned down"). */
    private static final int ACTOR_REACH = 3;
    /** How many content words after an opposed predicate are read as what it acts on. */
    private static final int OBJECT_WORDS = 3;


    private final WordSenses senses;
    private final List<Check> checks;
    private final StageChangeCheck stageChange;

    public ConflictDetector(WordSenses senses) {
        this.senses = senses;
        this.checks = List.of(new DenialCheck(), new OutcomeCheck(senses), new NegatedActCheck(senses),
                new AgentCheck(senses));
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
        return eventDates(prepared.analysis).stream().filter(DateMention::resolved).map(DateMention::to)
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
        stance(a, b).ifPresent(found::add);
        numeric(left, right).ifPresent(found::add);
        temporal(left, right).ifPresent(found::add);
        polarity(left, right).ifPresent(found::add);
        dealStage(left, right).ifPresent(found::add);
        opposedAction(left, right).ifPresent(found::add);
        for (Check each : checks) {
            each.find(left, right).ifPresent(found::add);
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

    private static Optional<Verdict> stance(Statement a, Statement b) {
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

    private Optional<Verdict> numeric(Analysis left, Analysis right) {
        List<Quantity> leftValues = left.quantities();
        List<Quantity> rightValues = right.quantities();
        boolean onlyOnes = leftValues.size() == 1 && rightValues.size() == 1;
        for (Quantity x : leftValues) {
            List<Quantity> same = rightValues.stream().filter(y -> !x.offset() && !y.offset()
                    && sameQuantity(x, y, left, right, onlyOnes)).toList();
            List<Quantity> sameUnit = same.stream().filter(y -> x.unit() != null && y.unit() != null).toList();
            List<Quantity> counterparts = sameUnit.isEmpty() ? same : sameUnit;
            if (counterparts.stream().anyMatch(x::compatibleWith)) {
                continue;
            }
            for (Quantity y : counterparts) {
                if (!x.compatibleWith(y)) {
                    double score = 0.7 + 0.3 * Math.min(1, x.relativeGap(y) * 4);
                    String what = x.unit() != null ? x.unit() : y.unit();
                    return Optional.of(Verdict.of(ConflictKind.NUMERIC, score, "Different figures"
                            + (what == null ? "" : " for " + what) + ": " + Verdict.FIRST + " says “"
                            + left.clause(x.tokenIndex()) + "”, " + Verdict.SECOND + " says “"
                            + right.clause(y.tokenIndex()) + "”."));
                }
            }
        }
        return Optional.empty();
    }

    private boolean sameQuantity(Quantity x, Quantity y, Analysis left, Analysis right, boolean onlyOnes) {
        if (x.unit() != null && y.unit() != null) {
            return senses.synonyms(x.unit(), y.unit()) && !otherActors(left, right)
                    && (sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), x.unit(), senses)
                    || sameActBefore(left, x.tokenIndex(), right, y.tokenIndex())
                    || sameOwnerOfUnit(x, y, left, right));
        }
        String known = x.unit() != null ? x.unit() : y.unit();
        boolean unitElsewhere = known != null && (x.unit() != null ? right : left).quantities().stream()
                .anyMatch(other -> other.unit() != null && senses.synonyms(other.unit(), known));
        if (!unitElsewhere && countsOneAct(left, x.tokenIndex(), right, y.tokenIndex())) {
            return true;
        }
        if (known == null && onlyOnes && left.overlap(right) >= MIN_OVERLAP_ONE_FIGURE && !otherActors(left, right)) {
            return true;
        }
        if (known == null && sameOwnerOfUnit(x, y, left, right)) {
            return true;
        }
        if (!sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), known, senses)) {
            return false;
        }
        if (known != null) {
            Analysis other = x.unit() != null ? right : left;
            return other.content.stream().anyMatch(word -> senses.synonyms(word, known))
                    || (onlyOnes && left.overlap(right) >= MIN_OVERLAP_EVENT);
        }
        return onlyOnes && left.overlap(right) >= MIN_OVERLAP_EVENT;
    }

    /**
     * Whether two figures count the very same unit of one named subject, with a word about them in common ("IBM's
     * charge covers several thousand jobs" and "IBM is set to cut its workforce, nearly 112,000 jobs" share the
     * workforce; "IBM's revenue was $100 billion" and "IBM's annual revenue fell to $93 billion" the revenue): the
     * statements open with the same name, the unit is one word on both sides or named by neither, and the words
     * around the figures pair off for half of the fewer side, one of them a word in lower case before both figures.
     */
    private boolean sameOwnerOfUnit(Quantity x, Quantity y, Analysis left, Analysis right) {
        Set<String> owner = leadingNames(left);
        if (owner.isEmpty() || !owner.equals(leadingNames(right)) || !java.util.Objects.equals(x.unit(), y.unit())) {
            return false;
        }
        Set<String> mine = left.eventNear(x.tokenIndex(), EVENT_RADIUS, x.unit());
        mine.removeIf(ConflictDetector::qualifiesAFigure);
        Set<String> theirs = right.eventNear(y.tokenIndex(), EVENT_RADIUS, y.unit());
        theirs.removeIf(ConflictDetector::qualifiesAFigure);
        return matched(unnamedBefore(left, x.tokenIndex(), x.unit()), unnamedBefore(right, y.tokenIndex(), y.unit()),
                senses) >= 1
                && matched(mine, theirs, senses) >= MIN_EVENT_SHARE * Math.min(mine.size(), theirs.size());
    }

    private static boolean qualifiesAFigure(String word) {
        return QUALIFYING.contains(word) || word.equals("several");
    }

    /** The lower-case content concepts in the few words before a figure: what it measures, as its subject. */
    private static Set<String> unnamedBefore(Analysis analysis, int index, String unit) {
        Set<String> before = new java.util.HashSet<>();
        for (int i = Math.max(0, index - EVENT_RADIUS); i < index; i++) {
            if (i == 0 || !Character.isUpperCase(analysis.tokens.get(i).text().charAt(0))) {
                before.addAll(analysis.eventNear(i, 0, unit));
            }
        }
        return before;
    }

    /**
     * Whether two figures that name no unit count one act: the words around them pair off at least twice, one of
     * the pairs in lower case ("31 injured" and "wounded five" among the same Taliban).
     */
    private boolean countsOneAct(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        Set<String> mine = left.eventNear(leftIndex, EVENT_RADIUS, null);
        Set<String> theirs = right.eventNear(rightIndex, EVENT_RADIUS, null);
        Set<String> mineUnnamed = new java.util.HashSet<>(mine);
        mineUnnamed.retainAll(unnamedNear(left, leftIndex));
        Set<String> theirsUnnamed = new java.util.HashSet<>(theirs);
        theirsUnnamed.retainAll(unnamedNear(right, rightIndex));
        return !otherActors(left, right) && matched(mine, theirs, senses) >= MIN_SHARED_UNNAMED
                && matched(mineUnnamed, theirsUnnamed, senses) >= 1;
    }

    /** Whether the statements open with different names, and so tell of different actors. */
    static boolean otherActors(Analysis left, Analysis right) {
        Set<String> actor = leadingNames(left);
        Set<String> otherActor = leadingNames(right);
        return !actor.isEmpty() && !otherActor.isEmpty() && java.util.Collections.disjoint(actor, otherActor);
    }

    /** Words that only qualify a figure ("around", "nearly", "more than"), read past when looking for its act. */
    private static final Set<String> QUALIFYING = Set.of("around", "about", "nearly", "almost", "some", "roughly",
            "approximately", "over", "under", "least", "most", "than", "more", "fewer", "less", "up", "to", "only",
            "just", "at", "was", "were", "is", "are", "been", "be", "had", "has", "have");
    private static final int ACT_REACH = 4;

    /**
     * Whether the same act comes just before both figures ("retweeted more than 5,000 times", "retweeted hundreds
     * of times"): then they count the same thing.
     */
    private static boolean sameActBefore(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        Optional<Token> mine = actBefore(left, leftIndex);
        Optional<Token> theirs = actBefore(right, rightIndex);
        return mine.isPresent() && theirs.isPresent() && mine.get().lemma().equals(theirs.get().lemma());
    }

    private static Optional<Token> actBefore(Analysis analysis, int index) {
        for (int i = index - 1; i >= Math.max(0, index - ACT_REACH); i--) {
            Token token = analysis.tokens.get(i);
            if (!QUALIFYING.contains(token.lower())) {
                return Lexicon.STOPWORDS.contains(token.lower()) || token.isNumber() ? Optional.empty()
                        : Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** The names a statement opens with, its subject as a reader first meets it ("Arin Mirkan killed …"). */
    static Set<String> leadingNames(Analysis analysis) {
        Set<String> names = new java.util.HashSet<>();
        int start = 0;
        while (start < analysis.tokens.size() && leadingDateWord(analysis.tokens.get(start))) {
            start++;
        }
        for (Token token : analysis.tokens.subList(start, analysis.tokens.size())) {
            if (!Character.isUpperCase(token.text().charAt(0))) {
                break;
            }
            String name = token.lower().replaceAll("['’]s$", "");
            if (!Lexicon.STOPWORDS.contains(name) && !Lexicon.NEGATIONS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A word of a date phrase a statement may open with ("In June 2014", "On Monday"), before its subject. */
    private static boolean leadingDateWord(Token token) {
        return token.isNumber() || Dates.DATE_WORDS.contains(token.lower()) || Dates.isMonth(token.lower())
                || Set.of("in", "on", "by", "since", "until", "early", "late", "last", "this").contains(token.lower());
    }

    private Optional<Verdict> temporal(Analysis left, Analysis right) {
        List<DateMention> leftDates = eventDates(left);
        List<DateMention> rightDates = eventDates(right);
        if (leftDates.isEmpty() || rightDates.isEmpty()) {
            return Optional.empty();
        }
        for (DateMention x : leftDates) {
            for (DateMention y : rightDates) {
                if (!x.disjointFrom(y)) {
                    return Optional.empty();
                }
            }
        }
        Set<String> event = eventWords(left);
        event.retainAll(eventWords(right));
        DateMention x = leftDates.get(0);
        DateMention y = rightDates.get(0);
        boolean near = sameEvent(left, x.tokenIndex(), right, y.tokenIndex(), null, senses)
                && namesMoreThanWho(left, x.tokenIndex(), right, y.tokenIndex());
        if (event.isEmpty() || !(near || oneDatedEvent(left, leftDates, right, rightDates))) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.TEMPORAL, 0.8, "Different dates for the same event: "
                + Verdict.FIRST + " says “" + left.clause(x.tokenIndex()) + "” (" + describe(x, left) + "), "
                + Verdict.SECOND + " says “" + right.clause(y.tokenIndex()) + "” (" + describe(y, right) + ")."));
    }

    /** The days a date may mean and where they come from: as written, or counted from when the claim was said. */
    private static String describe(DateMention date, Analysis said) {
        if (!date.resolved() || date.phrase().matches(".*\\b\\d{4}\\b.*")) {
            return date.describe();
        }
        java.time.LocalDate day = said.statement.referenceDate();
        return date.describe() + (day == null ? "" : ", counted from " + Dates.DAY.format(day) + ", when it was said");
    }

    /** Share of the shorter statement's event words two statements with one date each must pair off. */
    private static final double MIN_WHOLE_EVENT_SHARE = 0.5;

    /**
     * Whether two statements that each give one date tell of one event: most of the shorter one's words pair off
     * with the other's, and not only names ("his last public appearance, at a mosque in the city" and "he last
     * appeared in public at the city's mosque").
     */
    private boolean oneDatedEvent(Analysis left, List<DateMention> leftDates, Analysis right,
                                  List<DateMention> rightDates) {
        if (leftDates.size() != 1 || rightDates.size() != 1 || left.content.size() > Analysis.MAX_WHOLE_WORDS
                || right.content.size() > Analysis.MAX_WHOLE_WORDS) {
            return false;
        }
        Set<String> mine = eventWords(left);
        Set<String> theirs = eventWords(right);
        Set<String> mineUnnamed = new java.util.HashSet<>(mine);
        mineUnnamed.retainAll(unnamedNear(left, left.tokens.size() / 2, left.tokens.size()));
        Set<String> theirsUnnamed = new java.util.HashSet<>(theirs);
        theirsUnnamed.retainAll(unnamedNear(right, right.tokens.size() / 2, right.tokens.size()));
        int smaller = Math.min(mine.size(), theirs.size());
        return smaller > 0 && matched(mine, theirs, senses) >= MIN_WHOLE_EVENT_SHARE * smaller
                && matched(mineUnnamed, theirsUnnamed, senses) >= 1;
    }

    /** Words a saying is told with: a date right after one dates the saying, not what was said. */
    private static final Set<String> SAYING = Set.of("say", "tell", "announce", "state", "claim", "report",
            "confirm", "deny", "add", "declare", "reveal", "disclose", "insist", "write");
    /** How many words before a date a saying verb may stand and still be what the date dates. */
    private static final int SAYING_REACH = 2;

    /**
     * The dates a statement gives for what it tells, without the date it was said ("officials said on Saturday that
     * …") or reacted to ("welcomed the agreement on Saturday"): an event, its announcement and the reactions to it are
     * different events.
     */
    static List<DateMention> eventDates(Analysis analysis) {
        return analysis.dates().stream().filter(date -> !datesSaying(analysis, date.tokenIndex())).toList();
    }

    /** Verbs of reacting to an event: a date a few words after one dates the reaction, not the event. */
    private static final Set<String> REACTING = Set.of("welcome", "hail", "praise", "condemn", "criticise",
            "criticize", "applaud", "celebrate", "greet", "mourn", "protest", "denounce", "reject");
    private static final int REACTION_REACH = 5;

    private static boolean datesSaying(Analysis analysis, int index) {
        if (index < 0) {
            return false;
        }
        for (int i = index - 1; i >= Math.max(0, index - REACTION_REACH); i--) {
            if (REACTING.contains(analysis.tokens.get(i).lemma())) {
                return true;
            }
        }
        int reach = SAYING_REACH;
        for (int i = index - 1; i >= 0 && reach >= 0; i--) {
            Token token = analysis.tokens.get(i);
            if (SAYING.contains(token.lemma()) && !token.lower().equals("claim")) {
                return true;
            }
            boolean dateWord = token.isNumber() || Dates.DATE_WORDS.contains(token.lower())
                    || Dates.isMonth(token.lower());
            if (!dateWord && !Set.of("on", "in", "at", "the", "of").contains(token.lower())) {
                return false;
            }
            reach -= dateWord ? 0 : 1;
        }
        return false;
    }

    /**
     * Whether what two dates share around them is more than who it concerns: a word in lower case (an act or a
     * thing) besides names ("rescue Foley" and "the Foley video" share only a name).
     */
    private static boolean namesMoreThanWho(Analysis left, int leftIndex, Analysis right, int rightIndex) {
        if (leftIndex < 0 || rightIndex < 0) {
            return true;
        }
        Set<String> shared = right.eventNear(rightIndex, EVENT_RADIUS, null);
        shared.retainAll(left.eventNear(leftIndex, EVENT_RADIUS, null));
        Set<String> unnamed = unnamedNear(left, leftIndex);
        unnamed.addAll(unnamedNear(right, rightIndex));
        return shared.stream().anyMatch(unnamed::contains);
    }

    /** Concepts near a position written in lower case, or capitalised only as a statement's first word. */
    private static Set<String> unnamedNear(Analysis analysis, int index) {
        return unnamedNear(analysis, index, EVENT_RADIUS);
    }

    private static Set<String> unnamedNear(Analysis analysis, int index, int radius) {
        Set<String> unnamed = new java.util.HashSet<>();
        for (Token token : analysis.tokens.subList(Math.max(0, index - radius),
                Math.min(analysis.tokens.size(), index + radius + 1))) {
            if (token.index() == 0 || !Character.isUpperCase(token.text().charAt(0))) {
                unnamed.add(Analysis.concept(token));
            }
        }
        return unnamed;
    }

    /**
     * Whether the words around a date or number on each side name the same event or thing: they share at least
     * half of the larger side's content concepts ("signed the trade pact" and "tariffs on trade will be lifted"
     * share one of three; "talks will be held" and "negotiations opened" one of two).
     */
    static boolean sameEvent(Analysis left, int leftIndex, Analysis right, int rightIndex, String unit,
                             WordSenses senses) {
        if (leftIndex < 0 || rightIndex < 0) {
            return true;
        }
        Set<String> mine = left.eventNear(leftIndex, EVENT_RADIUS, unit);
        Set<String> theirs = right.eventNear(rightIndex, EVENT_RADIUS, unit);
        int shared = matched(mine, theirs, senses);
        return shared > 0 && shared >= MIN_EVENT_SHARE * Math.max(mine.size(), theirs.size());
    }

    /**
     * How many words of one set pair off with a word of the other, each word used once: the same word first, then a
     * synonym ("wounded" and "injured").
     */
    static int matched(Set<String> mine, Set<String> theirs, WordSenses senses) {
        Set<String> left = new java.util.LinkedHashSet<>(mine);
        Set<String> right = new java.util.LinkedHashSet<>(theirs);
        Set<String> same = new java.util.HashSet<>(left);
        same.retainAll(right);
        left.removeAll(same);
        right.removeAll(same);
        int count = same.size();
        for (String word : left) {
            java.util.Optional<String> synonym = right.stream().filter(other -> senses.synonyms(word, other)).findFirst();
            if (synonym.isPresent()) {
                right.remove(synonym.get());
                count++;
            }
        }
        return count;
    }

    private static Set<String> eventWords(Analysis analysis) {
        return analysis.content.stream().filter(word -> !Dates.DATE_WORDS.contains(word))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private Optional<Verdict> polarity(Analysis left, Analysis right) {
        if (left.negation.isPresent() == right.negation.isPresent() || left.question || right.question
                || opposedPair(left, right).isPresent()) {
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

    private static Optional<Verdict> dealStage(Analysis left, Analysis right) {
        if (left.question || right.question || !DealStage.clash(left, right)
                || !DealStage.sameParties(left, right, MIN_DEAL_PARTIES)) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.DEAL_STAGE, DEAL_STAGE_SCORE, "One deal at two stages: "
                + Verdict.FIRST + " says “" + DealStage.cue(left) + "” (" + DealStage.of(left).description() + "), "
                + Verdict.SECOND + " says “" + DealStage.cue(right) + "” (" + DealStage.of(right).description() + ")."));
    }

    private Optional<Verdict> opposedAction(Analysis left, Analysis right) {
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
    private Optional<Token[]> opposedPair(Analysis left, Analysis right) {
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
    private static boolean sameFigure(Analysis left, Analysis right) {
        return left.quantities().stream().anyMatch(x -> !x.offset() && x.low() >= NAMED_FIGURE
                && right.quantities().stream().anyMatch(y -> !y.offset() && y.low() == x.low() && y.high() == x.high()
                && java.util.Objects.equals(x.unit(), y.unit())));
    }

    /** Whether both statements give the very same figure: opposed words about it judge one thing at any gap. */
    static boolean sameFigure(Prepared first, Prepared second) {
        return sameFigure(first.analysis, second.analysis);
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
