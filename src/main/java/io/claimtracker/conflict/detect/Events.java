package io.claimtracker.conflict.detect;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What two statements must share to tell of one event, actor or thing: the names they open with, the words around a
 * date or figure, the dates they give for what they tell rather than for its telling.
 */
final class Events {

    /** Words a date or number is read with when deciding which event it dates or counts. */
    static final int EVENT_RADIUS = 5;
    /** Share of the larger side's event words both sides must name: what happened and to what, not one word. */
    static final double MIN_EVENT_SHARE = 0.5;

    private Events() {
    }

    /** Whether the statements open with different names, and so tell of different actors. */
    static boolean otherActors(Analysis left, Analysis right) {
        Set<String> actor = leadingNames(left);
        Set<String> otherActor = leadingNames(right);
        return !actor.isEmpty() && !otherActor.isEmpty() && java.util.Collections.disjoint(actor, otherActor);
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

    /** Concepts near a position written in lower case, or capitalised only as a statement's first word. */
    static Set<String> unnamedNear(Analysis analysis, int index) {
        return unnamedNear(analysis, index, EVENT_RADIUS);
    }

    static Set<String> unnamedNear(Analysis analysis, int index, int radius) {
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

    static Set<String> eventWords(Analysis analysis) {
        return analysis.content.stream().filter(word -> !Dates.DATE_WORDS.contains(word))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
