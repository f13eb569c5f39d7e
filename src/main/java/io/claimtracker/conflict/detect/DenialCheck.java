package io.claimtracker.conflict.detect;

import java.util.Optional;
import java.util.Set;

/**
 * A report and its denial in other words: one statement calls untrue ("baseless", "a fabrication", "wrong",
 * "deny") what the other asserts outright. The denial's own subject, without the words that call it untrue or name
 * it a report, and without who says so ("IBM says the report is baseless" denies nothing of IBM itself), must be
 * mostly the assertion's.
 */
final class DenialCheck implements Check {

    /** Words that name what is denied as a report rather than saying what it reports. */
    private static final Set<String> REPORT_WORDS = Set.of("report", "say", "story", "news", "rumour", "rumor",
            "allegation", "account", "article", "speculation", "suggestion", "idea", "notion", "completely",
            "complete", "utterly", "totally", "entirely", "absolutely", "simply");
    private static final double MIN_COVERAGE = 0.5;
    private static final int MIN_SHARED = 2;
    private static final int NEGATION_REACH = 2;

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        Optional<Token> leftCue = cue(left);
        Optional<Token> rightCue = cue(right);
        if (leftCue.isPresent() == rightCue.isPresent() || left.question || right.question) {
            return Optional.empty();
        }
        Analysis denial = leftCue.isPresent() ? left : right;
        Analysis asserted = denial == left ? right : left;
        if (!assertsOutright(asserted)) {
            return Optional.empty();
        }
        Token cue = leftCue.or(() -> rightCue).orElseThrow();
        Set<String> subject = new java.util.LinkedHashSet<>(denial.content);
        subject.removeIf(word -> REPORT_WORDS.contains(word) || WordLists.REFUTATIONS.contains(word)
                || Dates.DATE_WORDS.contains(word) || Dates.isMonth(word));
        denial.tokens.stream().filter(DenialCheck::refutes).map(Analysis::concept).forEach(subject::remove);
        denial.tokens.subList(0, sayerEnd(denial)).stream().map(Analysis::concept).forEach(subject::remove);
        Set<String> shared = new java.util.LinkedHashSet<>(subject);
        shared.retainAll(asserted.content);
        double coverage = subject.isEmpty() ? 0 : (double) shared.size() / subject.size();
        if (shared.size() < MIN_SHARED || coverage < MIN_COVERAGE) {
            return Optional.empty();
        }
        String who = denial == left ? Verdict.FIRST : Verdict.SECOND;
        String other = denial == left ? Verdict.SECOND : Verdict.FIRST;
        return Optional.of(Verdict.of(ConflictKind.DENIAL, 0.55 + 0.3 * coverage, who + " calls untrue what " + other
                + " asserts. " + other + " says “" + asserted.gist() + "”; " + who + " says “"
                + denial.clause(cue.index()) + "”."));
    }

    /** Where the words naming who speaks end: just after the first saying verb, or 0 when none comes first. */
    private static int sayerEnd(Analysis denial) {
        for (Token token : denial.tokens) {
            if (Analysis.concept(token.lemma()).equals("say") || token.lower().equals("says")) {
                return token.index() + 1;
            }
            if (refutes(token)) {
                return 0;
            }
        }
        return 0;
    }

    /** The first word calling something untrue that no negation just before it turns round ("not wrong"). */
    private static Optional<Token> cue(Analysis analysis) {
        return analysis.tokens.stream().filter(DenialCheck::refutes)
                .filter(token -> analysis.tokens.subList(Math.max(0, token.index() - NEGATION_REACH), token.index())
                        .stream().noneMatch(before -> Lexicon.NEGATIONS.contains(before.lower())))
                .findFirst();
    }

    private static boolean refutes(Token token) {
        return WordLists.REFUTATIONS.contains(token.lower()) || WordLists.REFUTATIONS.contains(token.lemma());
    }

    /**
     * Whether a statement asserts its content outright: no negation, no denying predicate, and not a statement that
     * something was reported, which asserts only that the report was made.
     */
    private static boolean assertsOutright(Analysis analysis) {
        return analysis.negation.isEmpty() && analysis.tokens.stream().noneMatch(token ->
                Lexicon.NEGATIVE_PREDICATES.contains(token.lemma()) || token.lemma().equals("report"));
    }
}
