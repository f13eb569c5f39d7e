package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * States of one person that exclude each other ({@code detect/outcomes.txt}: alive against killed, dead or
 * beheaded), said of the same named subject. A killing counts only where the subject undergoes it ("was killed",
 * "has been beheaded"), not where the subject kills; one subject must name all of the other ("Haddad", "Amira
 * Haddad").
 */
final class OutcomeCheck implements Check {

    private static final Pattern APPOSITIVE = Pattern.compile(",[^,;]{1,120},|\\([^()]{0,120}\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got",
            "get");
    /** Words between a subject and its state that show the state belongs to someone else. */
    private static final Set<String> OTHER_PARTY = Set.of("her", "his", "their", "its", "him", "them", "who",
            "which", "whose", "whom", "that", "watched", "saw", "found");
    /** Words that open a verb phrase with no subject of its own after "and" or "but" ("and is living"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were", "has", "have", "had", "remains",
            "remained", "still");
    /** Pronouns that take up the subject a statement opens with in a joined clause ("…, but she is still …"). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final int MAX_BETWEEN = 6;
    private static final int PASSIVE_REACH = 3;
    private static final double SCORE = 0.85;

    private final WordSenses senses;
    private final Map<String, Group> groups;

    /**
     * A group of words naming one state; {@code kinds} are general verbs whose kinds also name it; {@code ongoing}
     * words before a verb in -ing say the subject is still doing it, which also names it ("is still fighting").
     */
    private record Group(String name, Set<String> words, Set<String> kinds, Set<String> ongoing) {
    }

    /** Words in -ing after "still" that tell an absence, not something the subject does. */
    private static final Set<String> ABSENCES = Set.of("missing", "lacking", "wanting", "pending");

    OutcomeCheck(WordSenses senses) {
        this.senses = senses;
        this.groups = groups(WordLists.lines("outcomes.txt"));
    }

    private static Map<String, Group> groups(List<String> lines) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split("=", 2);
            Set<String> words = new java.util.HashSet<>();
            Set<String> kinds = new java.util.HashSet<>();
            Set<String> ongoing = new java.util.HashSet<>();
            for (String word : parts[1].split(",")) {
                String w = word.strip();
                if (w.startsWith("kinds:")) {
                    kinds.add(w.substring("kinds:".length()));
                } else if (w.startsWith("ongoing:")) {
                    ongoing.add(w.substring("ongoing:".length()));
                } else {
                    words.add(w);
                }
            }
            groups.put(parts[0].strip(), new Group(parts[0].strip(), Set.copyOf(words), Set.copyOf(kinds),
                    Set.copyOf(ongoing)));
        }
        return groups;
    }

    /** A state a statement gives its subject: the group, the word that names it, and the subject's words. */
    private record State(Group group, Token word, Set<String> subject) {
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.question || right.question) {
            return Optional.empty();
        }
        Optional<State> mine = state(left);
        Optional<State> theirs = state(right);
        if (mine.isEmpty() || theirs.isEmpty() || mine.get().group().equals(theirs.get().group())) {
            return Optional.empty();
        }
        Set<String> subject = mine.get().subject();
        Set<String> other = theirs.get().subject();
        if (!subject.containsAll(other) && !other.containsAll(subject)) {
            return Optional.empty();
        }
        return Optional.of(Verdict.of(ConflictKind.OUTCOME, SCORE, "States that exclude each other: "
                + Verdict.FIRST + " says “" + left.clause(mine.get().word().index()) + "” ("
                + mine.get().group().name() + "), " + Verdict.SECOND + " says “"
                + right.clause(theirs.get().word().index()) + "” (" + theirs.get().group().name() + ")."));
    }

    /** The first state word of the statement, when it is said of the statement's named subject and not negated. */
    private Optional<State> state(Analysis analysis) {
        for (Token token : analysis.tokens) {
            Optional<Group> group = groupOf(analysis, token);
            if (group.isEmpty()) {
                continue;
            }
            if (analysis.negatedInClause(token.index())) {
                return Optional.empty();
            }
            Set<String> subject = subjectBefore(analysis.statement.text(), token.text());
            return subject.isEmpty() ? Optional.empty() : Optional.of(new State(group.get(), token, subject));
        }
        return Optional.empty();
    }

    private Optional<Group> groupOf(Analysis analysis, Token token) {
        for (Group group : groups.values()) {
            if (group.words().contains(token.lower()) || group.words().contains(token.lemma())) {
                return Optional.of(group);
            }
            boolean kind = group.kinds().stream().anyMatch(general -> senses.kindOf(token.lemma(), general));
            if (kind && undergoes(analysis, token)) {
                return Optional.of(group);
            }
            if (stillDoing(analysis, token, group.ongoing())) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /** Whether the verb is one the subject is still doing ("she is still fighting"), after a word of the group. */
    private static boolean stillDoing(Analysis analysis, Token verb, Set<String> ongoing) {
        int at = verb.index();
        return !ongoing.isEmpty() && at >= 2 && verb.lower().endsWith("ing") && !verb.lemma().equals(verb.lower())
                && !ABSENCES.contains(verb.lower()) && ongoing.contains(analysis.tokens.get(at - 1).lower())
                && PASSIVE.contains(analysis.tokens.get(at - 2).lower());
    }

    /** Whether the subject undergoes the verb ("was killed", "has been beheaded") rather than doing it. */
    private static boolean undergoes(Analysis analysis, Token verb) {
        return verb.lower().endsWith("ed") && analysis.tokens.subList(Math.max(0, verb.index() - PASSIVE_REACH),
                verb.index()).stream().anyMatch(before -> PASSIVE.contains(before.lower()));
    }

    /**
     * The capitalised words a clause opens with, when the words from them to the state word, asides between commas
     * left out, are few and name no other party ("Amira, the fighter who …, has been beheaded" and "Smith left Paris
     * and is living" give the subject, a verb phrase joined by "and" sharing it; "Gul watched her son being killed"
     * and "Smith's aide was killed" give nothing).
     */
    static Set<String> subjectBefore(String text, String word) {
        int at = indexOfWord(text, word);
        if (at < 0) {
            return Set.of();
        }
        String clause = text.substring(0, at);
        String shorter = APPOSITIVE.matcher(clause).replaceAll(" ");
        while (!shorter.equals(clause)) {
            clause = shorter;
            shorter = APPOSITIVE.matcher(clause).replaceAll(" ");
        }
        int sentence = Math.max(clause.lastIndexOf(". "), clause.lastIndexOf("; "));
        clause = sentence >= 0 ? clause.substring(sentence + 2) : clause;
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(clause);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> subject = new java.util.LinkedHashSet<>();
        int i = 0;
        while (i < words.size() && Character.isUpperCase(words.get(i).charAt(0))) {
            if (words.get(i).matches(".*['’]s?")) {
                return Set.of();
            }
            for (String part : words.get(i).split("[-'’]")) {
                if (part.length() > 2) {
                    subject.add(part.toLowerCase(Locale.ROOT));
                }
            }
            i++;
        }
        List<String> between = afterCoordination(words.subList(i, words.size()));
        boolean otherParty = between.stream().anyMatch(w -> OTHER_PARTY.contains(w.toLowerCase(Locale.ROOT))
                || Character.isUpperCase(w.charAt(0)));
        return between.size() > MAX_BETWEEN || otherParty ? Set.of() : subject;
    }

    /**
     * The words of the last verb phrase joined to the subject by "and" or "but", without a subject of its own or
     * with a pronoun taking it up ("left Paris and is living", "did not win, but she is still" keep from "is"): what
     * came before it was said of the same subject and names no party of the state.
     */
    private static List<String> afterCoordination(List<String> between) {
        for (int j = between.size() - 2; j >= 0; j--) {
            String word = between.get(j).toLowerCase(Locale.ROOT);
            if (!word.equals("and") && !word.equals("but")) {
                continue;
            }
            int verb = PRONOUNS.contains(between.get(j + 1).toLowerCase(Locale.ROOT)) ? j + 2 : j + 1;
            if (verb < between.size() && AUXILIARIES.contains(between.get(verb).toLowerCase(Locale.ROOT))) {
                return between.subList(verb, between.size());
            }
        }
        return between;
    }

    private static int indexOfWord(String text, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }
}
