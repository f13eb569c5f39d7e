package io.claimtracker.conflict.detect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One statement says an act did not happen ("threatened none of the families", "did not kill 100 fighters") that the
 * other says happened: the negated predicate is asserted outright on the other side, by no other named actor and no
 * opposite subject ("the woman", "a man"), about something else both name. Not knowing or not confirming is no
 * denial.
 */
final class NegatedActCheck implements Check {

    private static final Set<String> NEGATED_OBJECTS = Set.of("none", "nothing", "nobody", "noone");
    private static final Set<String> NEGATED_VERBS = Set.of("not", "n't", "never");
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "is", "are", "was", "were", "do",
            "does", "did", "have", "has", "had", "ever", "yet", "actually", "personally", "really", "to");
    /**
     * Acts of knowing or vouching: "cannot confirm", "no information corroborating" say nothing is known, which is
     * no denial of what another reports.
     */
    private static final Set<String> UNKNOWING = Set.of("confirm", "corroborate", "verify", "know", "comment",
            "aware", "sure", "certain", "evidence", "information", "indication", "proof", "sign");
    /** Verbs of intending: "not looking to expand" denies the expanding. */
    private static final Set<String> INTENDING = Set.of("look", "plan", "intend", "seek", "want", "aim", "prepare",
            "consider");
    private static final int REACH = 3;
    private static final double SCORE = 0.75;

    private final WordSenses senses;

    NegatedActCheck(WordSenses senses) {
        this.senses = senses;
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.negation.isPresent() == right.negation.isPresent() || left.question || right.question) {
            return Optional.empty();
        }
        Analysis negated = left.negation.isPresent() ? left : right;
        Analysis asserted = negated == left ? right : left;
        if (!outright(asserted)) {
            return Optional.empty();
        }
        Optional<Token> act = negatedAct(negated);
        if (act.isEmpty()) {
            return Optional.empty();
        }
        List<Token> acts = intended(negated, act.get());
        String lemma = act.get().lemma();
        Optional<Token> told = asserted.tokens.stream().filter(token -> !Lexicon.STOPWORDS.contains(token.lower())
                && acts.stream().anyMatch(each -> senses.derived(each.lemma(), token.lemma()))).findFirst();
        Set<String> shared = negated.shared(asserted);
        shared.remove(Analysis.concept(act.get()));
        if (told.isEmpty() || shared.isEmpty() || Events.otherActors(negated, asserted)
                || UNKNOWING.contains(lemma) || infinitive(asserted, told.get())
                || opposedSubjects(negated, asserted)) {
            return Optional.empty();
        }
        String who = negated == left ? Verdict.FIRST : Verdict.SECOND;
        String other = negated == left ? Verdict.SECOND : Verdict.FIRST;
        Token cue = negated.negation.orElseThrow();
        int from = Math.min(cue.index(), act.get().index());
        return Optional.of(Verdict.of(ConflictKind.DENIAL, SCORE, who + " says it did not happen (“"
                + negated.clause(from) + "”), " + other + " says it did (“"
                + asserted.clause(told.get().index()) + "”)."));
    }

    /** The act a negation denies: the word before "none" or "nothing", or the first word of substance after "not". */
    private static Optional<Token> negatedAct(Analysis analysis) {
        Token negation = analysis.negation.orElseThrow();
        List<Token> tokens = analysis.tokens;
        if (NEGATED_OBJECTS.contains(negation.lower())) {
            for (int i = negation.index() - 1; i >= Math.max(0, negation.index() - REACH); i--) {
                if (substantive(tokens.get(i))) {
                    return Optional.of(tokens.get(i));
                }
            }
            return Optional.empty();
        }
        int skipNoun = negation.lower().equals("no") ? 1 : 0;
        if (!NEGATED_VERBS.contains(negation.lower()) && skipNoun == 0) {
            return Optional.empty();
        }
        for (int i = negation.index() + 1; i < Math.min(tokens.size(), negation.index() + REACH + 1 + skipNoun); i++) {
            Token token = tokens.get(i);
            if (AUXILIARIES.contains(token.lower())) {
                continue;
            }
            if (!substantive(token)) {
                return Optional.empty();
            }
            if (skipNoun-- > 0) {
                continue;
            }
            return negation.lower().equals("no") && !token.lower().endsWith("ed") ? Optional.empty()
                    : Optional.of(token);
        }
        return Optional.empty();
    }

    /**
     * The acts a negation denies: the act itself, or, for an intention ("not looking to relocate any team or to
     * expand"), each act the intention names after "to".
     */
    private static List<Token> intended(Analysis analysis, Token act) {
        List<Token> tokens = analysis.tokens;
        boolean intention = INTENDING.contains(act.lemma()) && act.index() + 1 < tokens.size()
                && tokens.get(act.index() + 1).lower().equals("to");
        if (!intention) {
            return List.of(act);
        }
        return tokens.subList(act.index() + 1, tokens.size()).stream()
                .filter(token -> token.index() > 0 && tokens.get(token.index() - 1).lower().equals("to")
                        && substantive(token))
                .toList();
    }

    /**
     * Whether the act one statement says did not happen is, on the other side, only ordered, wanted or planned ("no
     * one handed a weapon over" against "they were ordered to hand over their weapons"): no clash of fact.
     */
    static boolean onlyIntended(Analysis negated, Analysis asserted) {
        Optional<Token> act = negatedAct(negated);
        if (act.isEmpty()) {
            return false;
        }
        List<Token> named = asserted.tokens.stream().filter(token -> token.lemma().equals(act.get().lemma())).toList();
        return !named.isEmpty() && named.stream().allMatch(token -> infinitive(asserted, token));
    }

    /** Whether the act is only ordered, wanted or planned ("were ordered to hand over"), not said to have happened. */
    private static boolean infinitive(Analysis analysis, Token act) {
        return act.index() > 0 && analysis.tokens.get(act.index() - 1).lower().equals("to");
    }

    /**
     * Whether the statements open with different subjects named by common nouns ("the woman …", "a person …"), or
     * with opposed ones ("the woman …", "a man …"): then they need not tell of one actor.
     */
    private boolean opposedSubjects(Analysis one, Analysis other) {
        Optional<Token> mine = one.tokens.stream().filter(NegatedActCheck::substantive).findFirst();
        Optional<Token> theirs = other.tokens.stream().filter(NegatedActCheck::substantive).findFirst();
        if (mine.isEmpty() || theirs.isEmpty()) {
            return false;
        }
        String a = mine.get().lemma();
        String b = theirs.get().lemma();
        boolean bothCommon = common(one, mine.get()) && common(other, theirs.get());
        return senses.antonyms(a, b) || (bothCommon && !Analysis.concept(a).equals(Analysis.concept(b))
                && !senses.synonyms(a, b));
    }

    /**
     * Whether a subject is named by a common noun alone ("the woman"), not capitalised and not a part of a named
     * body ("a member of the Council", "an officer of the Navy" name their body).
     */
    private static boolean common(Analysis analysis, Token subject) {
        int of = subject.index() + 1;
        boolean partOfNamed = of + 1 < analysis.tokens.size() && analysis.tokens.get(of).lower().equals("of")
                && analysis.tokens.subList(of + 1, Math.min(analysis.tokens.size(), of + 3)).stream()
                .anyMatch(token -> Character.isUpperCase(token.text().charAt(0)));
        return Character.isLowerCase(subject.text().charAt(0)) && !partOfNamed;
    }

    private static boolean substantive(Token token) {
        return !Lexicon.STOPWORDS.contains(token.lower()) && !token.isNumber() && token.lower().length() > 2
                && !Lexicon.HEDGES.contains(token.lower());
    }

    /** An outright assertion: no negation, no denying predicate, no word calling something untrue, no report of one. */
    private static boolean outright(Analysis analysis) {
        return analysis.negation.isEmpty() && analysis.tokens.stream().noneMatch(token ->
                Lexicon.NEGATIVE_PREDICATES.contains(token.lemma()) || token.lemma().equals("report")
                        || WordLists.REFUTATIONS.contains(token.lemma()) || WordLists.REFUTATIONS.contains(token.lower()));
    }
}
