package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A statement broken into what the checks compare: words, content lemmas, negation and hedging. */
final class Analysis {

    private static final Pattern WORD = Pattern.compile(
            "(?:\\d[\\d.,]*\\d|\\d)(?:%|pc\\b)?|[\\p{L}]+(?:['’][\\p{L}]+)?|n['’]t|['’](?:ll|re|ve|d|m|s)\\b|%");

    /**
     * Most numbers or dates of one statement a rule compares: a claim's statement gives a few, and a statement of
     * thousands of figures must not make a pair's work grow with the square of its length.
     */
    static final int MAX_COMPARED = 20;
    /** Most content words of a statement compared word by word with another's as a whole. */
    static final int MAX_WHOLE_WORDS = 60;

    /** The word the United States is read as, whichever way a statement names it. */
    private static final String COUNTRY = "america";

    final Statement statement;
    final List<Token> tokens;
    final Set<String> content;
    final Set<String> lemmas;
    final Optional<Token> negation;
    final Optional<Token> hedge;
    final boolean future;
    final boolean question;
    private final int[] starts;
    private final int[] ends;
    private List<Quantity> quantities;
    private List<DateMention> dates;
    private DealStage.Reading dealStage;

    private Analysis(Statement statement, List<Token> tokens, int[] starts, int[] ends) {
        this.statement = statement;
        this.tokens = tokens;
        this.starts = starts;
        this.ends = ends;
        this.content = contentOf(tokens);
        this.lemmas = tokens.stream().map(Token::lemma).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.negation = tokens.stream().filter(t -> Lexicon.NEGATIONS.contains(t.lower()) && !quantifies(tokens, t))
                .findFirst();
        this.hedge = tokens.stream().filter(t -> Lexicon.HEDGES.contains(t.lower())).findFirst();
        this.future = tokens.stream().anyMatch(t -> Lexicon.FUTURE.contains(t.lower()));
        this.question = statement.text().strip().replaceAll("[\\s'\"’”)]+$", "").endsWith("?");
    }

    /** The same words read against another reference date, for trying which article date fits. */
    Analysis withReference(java.time.LocalDate day) {
        Statement moved = new Statement(statement.text(), day, statement.speakerKey(), statement.proposition(),
                statement.stance(), statement.source());
        return new Analysis(moved, tokens, starts, ends);
    }

    static Analysis of(Statement statement, WordSenses senses) {
        List<Token> tokens = new ArrayList<>();
        List<int[]> offsets = new ArrayList<>();
        Matcher matcher = WORD.matcher(statement.text().replace('’', '\''));
        while (matcher.find()) {
            String text = matcher.group();
            String lower = text.toLowerCase(Locale.ROOT);
            int start = matcher.start();
            if (lower.endsWith("n't") && lower.length() > 3) {
                String stem = lower.substring(0, lower.length() - 3);
                tokens.add(new Token(stem, stem, senses.lemma(stem), tokens.size()));
                offsets.add(new int[] {start, matcher.end() - 3});
                start = matcher.end() - 3;
                lower = "n't";
                text = "n't";
            }
            tokens.add(new Token(text, lower, senses.lemma(lower), tokens.size()));
            offsets.add(new int[] {start, matcher.end()});
        }
        return new Analysis(statement, List.copyOf(joinPhrasalVerbs(nameCountries(nameTheUnitedStates(tokens), senses))),
                offsets.stream().mapToInt(at -> at[0]).toArray(), offsets.stream().mapToInt(at -> at[1]).toArray());
    }

    /**
     * "US" in capitals and "United States" name the country, which the word list would otherwise drop as the pronoun
     * "us" or split in two: they read as the one concept that "Washington" and "American" share.
     */
    private static List<Token> nameTheUnitedStates(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean united = token.lower().equals("united") && i + 1 < tokens.size()
                    && tokens.get(i + 1).lower().equals("states");
            if (token.text().equals("US") || united) {
                tokens.set(i, new Token(token.text(), COUNTRY, COUNTRY, token.index()));
            }
            if (united) {
                Token states = tokens.get(++i);
                tokens.set(i, new Token(states.text(), COUNTRY, COUNTRY, states.index()));
            }
        }
        return tokens;
    }

    /**
     * A capital, a country's adjective and the country itself read as one concept, as WordNet relates them
     * ("Moscow", "Russian", "Russia"; "Washington", "American", "US").
     */
    private static List<Token> nameCountries(List<Token> tokens, WordSenses senses) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.lower().equals(COUNTRY)) {
                continue;
            }
            Optional<String> country = senses.country(token.text());
            if (country.isPresent()) {
                tokens.set(i, new Token(token.text(), country.get(), country.get(), token.index()));
            }
        }
        return tokens;
    }

    /** A verb and its particle ("turned down") both take the one predicate they make together ("reject"). */
    private static List<Token> joinPhrasalVerbs(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String joined = Lexicon.PHRASAL_VERBS.get(tokens.get(i).lemma() + " " + tokens.get(i + 1).lower());
            if (joined != null) {
                Token verb = tokens.get(i);
                Token particle = tokens.get(i + 1);
                tokens.set(i, new Token(verb.text(), verb.lower(), joined, verb.index()));
                tokens.set(i + 1, new Token(particle.text(), particle.lower(), joined, particle.index()));
            }
        }
        return tokens;
    }

    /** "not a lot of", "not all", "not only": a negation that limits an amount rather than denying the event. */
    private static boolean quantifies(List<Token> tokens, Token negation) {
        int next = negation.index() + 1;
        if (!negation.lower().equals("not") || next >= tokens.size()) {
            return false;
        }
        String following = tokens.get(next).lower();
        String after = next + 1 < tokens.size() ? tokens.get(next + 1).lower() : "";
        return Set.of("all", "only", "just", "every", "many", "much", "enough", "quite").contains(following)
                || (following.equals("a") && Set.of("lot", "few", "little").contains(after));
    }

    /** The numbers the statement gives, read once. */
    List<Quantity> quantities() {
        if (quantities == null) {
            quantities = Quantities.in(this);
        }
        return quantities;
    }

    /** The dates the statement gives, read once. */
    List<DateMention> dates() {
        if (dates == null) {
            dates = Dates.in(this);
        }
        return dates;
    }

    /** Where the statement puts a deal, read once. */
    DealStage.Reading dealStage() {
        if (dealStage == null) {
            dealStage = DealStage.read(this);
        }
        return dealStage;
    }

    /** Shared content as a share of this statement's own content, from 0 to 1. */
    double coveredBy(Analysis other) {
        return content.isEmpty() ? 0 : (double) shared(other).size() / content.size();
    }

    /** A lemma's representative among near-synonyms, so "deal" and "agreement" compare equal. */
    static String concept(String lemma) {
        return Lexicon.NEAR_SYNONYMS.getOrDefault(lemma, lemma);
    }

    /** A word's representative: its own form first when that is listed ("understanding", not "understand"). */
    static String concept(Token token) {
        String listed = Lexicon.NEAR_SYNONYMS.get(token.lower());
        return listed != null ? listed : concept(token.lemma());
    }

    private static Set<String> contentOf(List<Token> tokens) {
        Set<String> content = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (isContent(token)) {
                content.add(concept(token));
            }
        }
        return content;
    }

    private static boolean isContent(Token token) {
        String lower = token.lower();
        return !(Lexicon.STOPWORDS.contains(lower) || Lexicon.NEGATIONS.contains(lower) || Lexicon.HEDGES.contains(lower)
                || token.isNumber() || lower.length() < 2);
    }

    /**
     * The event around a date or number: content concepts within {@code radius} words of the position, without
     * date words, number words and the given unit ("30 days" says nothing of which days).
     */
    Set<String> eventNear(int index, int radius, String unit) {
        Set<String> event = new LinkedHashSet<>();
        for (Token token : tokens.subList(Math.max(0, index - radius), Math.min(tokens.size(), index + radius + 1))) {
            String concept = concept(token);
            if (isContent(token) && !Dates.DATE_WORDS.contains(token.lower()) && !concept.equals(unit)
                    && !Quantities.isNumberWord(token.lower()) && !Quantities.isPercentWord(token.lower())
                    && !Dates.isMonth(token.lower())) {
                event.add(concept);
            }
        }
        return event;
    }

    /**
     * Who acts in a predicate at the given position: the concept of the nearest content word before it, within
     * {@code reach} words ("Washington is offering" gives the United States), or empty when none is that near.
     */
    Optional<String> actorBefore(int index, int reach) {
        for (int i = index - 1; i >= Math.max(0, index - reach); i--) {
            if (isContent(tokens.get(i))) {
                return Optional.of(concept(tokens.get(i)));
            }
        }
        return Optional.empty();
    }

    /**
     * What a predicate at the given position acts on: the concepts of the next {@code count} content words after it,
     * past its own particle ("turned down Russian requests" gives Russia and request).
     */
    Set<String> objectAfter(int index, int count) {
        String predicate = tokens.get(index).lemma();
        Set<String> object = new LinkedHashSet<>();
        for (Token token : tokens.subList(Math.min(tokens.size(), index + 1), tokens.size())) {
            if (object.size() == count) {
                break;
            }
            if (isContent(token) && !token.lemma().equals(predicate)) {
                object.add(concept(token));
            }
        }
        return object;
    }

    /** Content words of this statement that the other lacks, as the shortest span holding them (at most 8 words). */
    String distinctFrom(Analysis other) {
        int first = -1;
        int last = -1;
        for (Token token : tokens) {
            if (isContent(token) && !other.content.contains(concept(token))) {
                first = first < 0 ? token.index() : first;
                last = token.index();
            }
        }
        if (first < 0) {
            return around(0, 3);
        }
        last = Math.min(last, first + 7);
        int middle = (first + last) / 2;
        return around(middle, Math.max(1, (last - first + 1) / 2));
    }

    /** Content concepts shared with another statement. */
    Set<String> shared(Analysis other) {
        Set<String> shared = new LinkedHashSet<>(content);
        shared.retainAll(other.content);
        return shared;
    }

    /** Shared content as a share of the shorter statement's content, from 0 to 1. */
    double overlap(Analysis other) {
        int smaller = Math.min(content.size(), other.content.size());
        return smaller == 0 ? 0 : (double) shared(other).size() / smaller;
    }

    /** Words of the statement around a position, for quoting in explanations. */
    String around(int index, int radius) {
        return span(index - radius, index + radius);
    }

    /** The longest clause quoted whole in an explanation; a longer one is quoted around the word instead. */
    static final int CLAUSE_LIMIT = 160;

    /**
     * The clause that holds the word at {@code index}, as the statement writes it: from the punctuation mark before
     * it to the one after (a full stop or comma inside a figure does not end it), or the words around it when that
     * clause is very long.
     */
    String clause(int index) {
        if (index < 0 || index >= tokens.size()) {
            return gist();
        }
        String text = statement.text();
        int left = starts[index];
        while (left > 0 && !endsClause(text, left - 1)) {
            left--;
        }
        int right = ends[index];
        while (right < text.length() && !endsClause(text, right)) {
            right++;
        }
        String clause = text.substring(left, right).strip().replaceAll("^[\"“”‘'\s]+|[\"“”’'\s]+$", "");
        return clause.length() <= CLAUSE_LIMIT ? clause : around(index, 4);
    }

    /**
     * Whether a negation stands in the clause of the word at {@code index}: "she did not kill them, but she is still
     * fighting" negates the killing, not the fighting.
     */
    boolean negatedInClause(int index) {
        return tokens.stream().anyMatch(token -> Lexicon.NEGATIONS.contains(token.lower()) && !quantifies(tokens, token)
                && sameClause(token.index(), index));
    }

    private boolean sameClause(int first, int second) {
        String text = statement.text();
        int from = Math.min(ends[Math.min(first, second)], text.length());
        int to = starts[Math.max(first, second)];
        for (int at = from; at < to; at++) {
            if (endsClause(text, at)) {
                return false;
            }
        }
        return true;
    }

    /** The whole statement when it is short enough to quote, else the clause of its first word of substance. */
    String gist() {
        String text = statement.text().strip().replaceAll("[.\s]+$", "");
        if (text.length() <= CLAUSE_LIMIT) {
            return text;
        }
        return tokens.stream().filter(Analysis::isContent).findFirst().map(token -> clause(token.index()))
                .orElse(around(0, 4));
    }

    private static boolean endsClause(String text, int at) {
        char c = text.charAt(at);
        if (c == '.' || c == ',') {
            return at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1));
        }
        return ";:!?()—–\"“”…".indexOf(c) >= 0;
    }

    /** The words from one position to another, both included, as the statement gives them. */
    String span(int first, int last) {
        int from = Math.max(0, first);
        int to = Math.min(tokens.size(), last + 1);
        StringBuilder phrase = new StringBuilder();
        for (Token token : tokens.subList(from, to)) {
            if (!phrase.isEmpty() && !token.text().startsWith("'") && !"n't".equals(token.lower())) {
                phrase.append(' ');
            }
            phrase.append(token.text());
        }
        return phrase.toString();
    }
}
