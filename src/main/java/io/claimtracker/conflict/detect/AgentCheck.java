package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One event told of one subject as done by different named agents: "Ortiz was wounded by a Chilean air strike"
 * against "Ortiz was injured in an Argentine air strike". Both tell the subject undergoing the same act (one verb or
 * a WordNet synonym, in the passive) through the same kind of thing ("strike"), each named by a different
 * capitalised word that the other statement never uses.
 */
final class AgentCheck implements Check {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "being", "be");
    /** Words that introduce what an act was done by or in ("by a … strike", "in a … raid"). */
    private static final Set<String> MARKERS = Set.of("by", "in");
    /** Words after "by" or "in" within which the agent must stand. */
    private static final int PHRASE_REACH = 4;
    /** Words after the act within which the phrase naming its agent must start. */
    private static final int MARKER_REACH = 3;
    private static final double SCORE = 0.8;

    private final WordSenses senses;

    AgentCheck(WordSenses senses) {
        this.senses = senses;
    }

    /** A subject undergoing an act through a thing ("strike") named by an agent ("Chilean"). */
    private record Telling(String subject, Token act, Token agent, String thing) {
    }

    @Override
    public Optional<Verdict> find(Analysis left, Analysis right) {
        if (left.question || right.question || left.negation.isPresent() || right.negation.isPresent()) {
            return Optional.empty();
        }
        for (Telling mine : tellings(left)) {
            for (Telling theirs : tellings(right)) {
                if (mine.subject().equals(theirs.subject()) && mine.thing().equals(theirs.thing())
                        && senses.synonyms(mine.act().lemma(), theirs.act().lemma())
                        && !Analysis.concept(mine.agent()).equals(Analysis.concept(theirs.agent()))
                        && !names(right, mine.agent()) && !names(left, theirs.agent())) {
                    return Optional.of(Verdict.of(ConflictKind.AGENT, SCORE, "Different agents of one event: "
                            + Verdict.FIRST + " says “" + left.clause(mine.act().index()) + "” ("
                            + mine.agent().text() + "), " + Verdict.SECOND + " says “"
                            + right.clause(theirs.act().index()) + "” (" + theirs.agent().text() + ")."));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean names(Analysis analysis, Token agent) {
        String concept = Analysis.concept(agent);
        return analysis.tokens.stream().anyMatch(token -> Analysis.concept(token).equals(concept));
    }

    /** Each passive act of a named subject whose agent phrase names a capitalised agent before a thing. */
    private static List<Telling> tellings(Analysis analysis) {
        List<Token> tokens = analysis.tokens;
        List<Telling> found = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.size() && found.size() < Analysis.MAX_COMPARED; i++) {
            Token subject = tokens.get(i - 1);
            Token act = tokens.get(i + 1);
            if (!BE.contains(tokens.get(i).lower()) || !Character.isUpperCase(subject.text().charAt(0))
                    || subject.isNumber() || act.lower().equals(act.lemma())
                    || Lexicon.STOPWORDS.contains(act.lower())) {
                continue;
            }
            agentPhrase(tokens, act.index()).ifPresent(phrase ->
                    found.add(new Telling(subject.lower(), act, phrase[0], phrase[1].lemma())));
        }
        return found;
    }

    /** The agent and the thing of the phrase after an act: "by an Iraqi air strike" gives Iraqi and strike. */
    private static Optional<Token[]> agentPhrase(List<Token> tokens, int act) {
        for (int m = act + 1; m < Math.min(tokens.size(), act + 1 + MARKER_REACH); m++) {
            if (MARKERS.contains(tokens.get(m).lower())) {
                return agentAfter(tokens, m);
            }
        }
        return Optional.empty();
    }

    /** After "by" or "in": articles and at most one describing word, then the capitalised agent and its thing. */
    private static Optional<Token[]> agentAfter(List<Token> tokens, int marker) {
        int describing = 0;
        for (int a = marker + 1; a < Math.min(tokens.size(), marker + 1 + PHRASE_REACH); a++) {
            Token word = tokens.get(a);
            if (capitalised(word)) {
                boolean date = Dates.DATE_WORDS.contains(word.lower()) || Dates.isMonth(word.lower());
                return date ? Optional.empty() : thingAfter(tokens, word);
            }
            if (!Lexicon.STOPWORDS.contains(word.lower()) && ++describing > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The last of the one or two lower-case words after an agent: the thing it names ("air strike"). */
    private static Optional<Token[]> thingAfter(List<Token> tokens, Token agent) {
        Token thing = null;
        for (int t = agent.index() + 1; t < Math.min(tokens.size(), agent.index() + 3); t++) {
            Token word = tokens.get(t);
            if (capitalised(word) || Lexicon.STOPWORDS.contains(word.lower()) || word.isNumber()) {
                break;
            }
            thing = word;
        }
        return thing == null ? Optional.empty() : Optional.of(new Token[] {agent, thing});
    }

    private static boolean capitalised(Token token) {
        return token.index() > 0 && Character.isUpperCase(token.text().charAt(0)) && !token.isNumber();
    }
}
