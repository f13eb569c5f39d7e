package io.claimtracker.suggest;

import io.claimtracker.common.text.Sentence;
import io.claimtracker.common.text.Sentences;
import io.claimtracker.common.text.Calendar;
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
 * Finds candidate claims in an article: direct quotes and reported speech with the person or body they are
 * attributed to ("…," Ms Novak said; according to the committee, …; a spokeswoman played down …, saying …), the
 * speaker's role where the text gives it, and a draft statement. Later references ("Mr Orlov", "she") are resolved
 * to the full name introduced earlier. Plain Java, no framework.
 */
public final class QuoteFinder {

    private static final String VERBS = "said|says|told|tells|added|adds|claimed|claims|insisted|insists|warned|warns"
            + "|announced|announces|confirmed|confirms|denied|denies|argued|argues|stressed|explained|noted|stated"
            + "|acknowledged|admitted|declared|predicted|suggested|maintained|replied|responded|reported|reports"
            + "|wrote|writes|estimated|estimates";
    private static final Pattern SPEECH_VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{12,2000}?)[,.!?]?[”\"]");
    private static final Pattern NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Dr)\\.? (\\p{Lu}[\\p{L}'’-]+)|\\b(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2})\\b");
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mr|Mrs|Ms|Dr)\\.? (\\p{Lu}[\\p{L}'’-]+)$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(he|she|they)$");
    private static final Set<String> NOT_NAMES = java.util.stream.Stream.of(Set.of("the", "a", "an", "but", "and",
                    "however", "state", "department", "street", "city", "united", "states", "nations", "house",
                    "ministry", "council"), Calendar.WEEKDAY_NAMES, Calendar.MONTH_NAMES)
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> LEADING = Set.of("but", "however", "and", "meanwhile", "separately", "yet");
    /** "In a statement, …", "On Monday, …", "Speaking to reporters, …": framing before the speaker, not the speaker. */
    private static final Pattern FRAMING = Pattern.compile("^(?:(?:In|During|At|After|Before) (?:a|an|the|his|her|its|"
            + "their) [^,]{0,40}|On \\p{Lu}[^,]{0,30}|Speaking [^,]{0,50}|Later|Earlier|Separately),\\s*");
    private static final Pattern TRAILING_ADVERB = Pattern.compile("(?i),?\\s*\\b(?:meanwhile|however|though|too|also|"
            + "separately|instead|in turn)$");
    private static final Set<String> JOINING = Set.of("for", "of", "on", "and", "de", "in");
    private static final Set<String> ACTION_WORDS = Set.of("played", "dismissed", "rejected", "defended", "criticised",
            "criticized", "welcomed", "questioned", "said", "told", "added", "warned", "denied", "claimed", "was",
            "were", "has", "have", "had", "is", "are", "who", "which", "that", "when", "while");
    /** Words for how something was said, never who said it ("in a statement"); a report or study can be a source. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "release", "interview", "email", "post", "tweet",
            "remarks", "comments");
    private static final Set<String> TITLE_WORDS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "source", "minister", "expert", "analyst", "officer");
    /** Words that open a short adverbial after a speech verb ("said on Monday", "said in a statement"). */
    private static final String ADVERBIAL = "(?:on|in|at|late|early|earlier|later|last|this|yesterday|today|to|after"
            + "|before|during|from|by|again|also|repeatedly|previously|recently|publicly|privately)\\b";
    /** A person's name as written: two or three capitalised words, with particles such as "de" or "van" between. */
    private static final String PERSON = "\\p{Lu}[\\p{L}'’-]+(?: (?:(?:de|da|del|di|du|van|von|der|den|al|bin|la|le) )?"
            + "\\p{Lu}[\\p{L}'’-]+){1,2}";
    /** Last words of a title before a person's name ("Foreign Minister Anna Roe"), which is no organisation. */
    private static final Set<String> TITLE_ENDINGS = java.util.stream.Stream.concat(TITLE_WORDS.stream(),
            Set.of("secretary", "president", "envoy", "chief", "leader", "director", "ambassador", "general",
                    "commander", "chairman", "chairwoman", "mayor", "governor", "senator", "researcher", "head",
                    "premier", "chancellor").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST_SUBJECT_WORDS = 12;
    private static final int SUBJECT_WORDS = 6;

    /** Whole-sentence and phrase patterns, compiled once. */
    private static final Pattern ACCORDING_FIRST = Pattern.compile("^According to ([^,]{3,80}), (.+?)[.!?]?$");
    private static final Pattern ACCORDING_LAST = Pattern.compile("^(.+?),? according to (.{3,80}?)[.!?]?$");
    private static final Pattern SAID_LAST = Pattern.compile("^(.{12,}?), ((?:[^,]{2,60}, )?[^,]{2,60}?) (" + VERBS
                + ")(?: " + ADVERBIAL + "[^,]{0,40})?[.!?]$");
    private static final Pattern QUOTED_AS = Pattern.compile("^(.{2,120}?) (?:was|were) (?:quoted|reported) as saying (?:that )?(.+?)[.!?]?$");
    private static final Pattern SAYING = Pattern.compile("^(.{2,120}?) (?:played down|dismissed|rejected|defended|criticised|criticized"
                + "|welcomed|questioned)[^,]*(?:, (?:however|though|meanwhile|too))?, saying (?:that )?(.+?)[.!?]?$");
    private static final Pattern VERB_FIRST = Pattern.compile("^\\s*,?\\s*(?:" + VERBS + ") ((?:Mr|Mrs|Ms|Dr)\\.? )?([^,.]{2,60}?)(?:, ([^,.]{3,80}),?)?(?: (?:on|in|at|after|before|to|during) [^,]*)?[.,;]");
    private static final Pattern SUBJECT_FIRST = Pattern.compile("^\\s*,?\\s*(.{2,80}?) (?:" + VERBS + ")\\b");
    private static final Pattern BEFORE_QUOTE = Pattern.compile("^(.{2,80}?) (?:" + VERBS + ")(?: [^:,]{0,40})?[:,]\\s*$");
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile("^(" + PERSON + "), (?:the |a |an )?(.{3,80})$");
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile("^(?:the |a |an |The |A |An )?(.{3,80}?), (" + PERSON + "),?$");
    private static final Pattern ROLE_THEN_NAME = Pattern.compile("^(?:the |The )?((?:\\p{L}[\\p{Ll}'’-]*\\s){1,4})?(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2})$");
    /** What a speech verb reports: a clause, after "that" when a short adverbial or, for "told", an addressee comes first. */
    private static final Pattern CLAUSE_AFTER_TOLD = Pattern.compile("^ (?:[^,.]{0,60}? )?(?:that )(.+?)[.!?]?$|^ (?!that )(.+?)[.!?]?$");
    private static final Pattern CLAUSE_AFTER_VERB = Pattern.compile("^ (?:" + ADVERBIAL + "[^,.]{0,50}? )?(?:that )(.+?)[.!?]?$"
            + "|^ (?!that )(.+?)[.!?]?$");

    private QuoteFinder() {
    }

    /** Finds suggestions in reading order; offsets are code points into the text. */
    public static List<Suggestion> find(String text) {
        List<Sentence> sentences = Sentences.of(text);
        Context context = new Context(ThirdPerson.namesIn(text));
        List<Suggestion> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Suggestion> here = inSentence(text, sentence, context);
            found.addAll(here);
            context.noteNames(sentence);
            if (!here.isEmpty()) {
                context.spoke(here.get(here.size() - 1).speaker(), sentence.start());
            }
        }
        return inCodePoints(text, found);
    }

    /** The suggestions with their char offsets turned into code points, counting each stretch of text once. */
    private static List<Suggestion> inCodePoints(String text, List<Suggestion> found) {
        List<Suggestion> converted = new ArrayList<>(found.size());
        int chars = 0;
        int codePoints = 0;
        for (Suggestion suggestion : found) {
            codePoints += suggestion.start() >= chars ? text.codePointCount(chars, suggestion.start())
                    : -text.codePointCount(suggestion.start(), chars);
            chars = suggestion.start();
            int end = codePoints + text.codePointCount(suggestion.start(), suggestion.end());
            converted.add(new Suggestion(codePoints, end, suggestion.quote(), suggestion.speaker(), suggestion.role(),
                    suggestion.statement(), suggestion.kind()));
        }
        return converted;
    }

    private static List<Suggestion> inSentence(String text, Sentence sentence, Context context) {
        String s = sentence.text();
        List<Suggestion> found = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(s);
        while (quoted.find()) {
            String before = s.substring(0, quoted.start());
            String after = s.substring(quoted.end());
            Optional<Speaker> speaker = speakerAfterQuote(after, context)
                    .or(() -> speakerBeforeQuote(before, context))
                    .or(() -> quoted.start() == 0 && after.strip().length() <= 1
                            ? context.recentSpeaker() : Optional.empty());
            if (speaker.isPresent()) {
                found.add(suggestion(text, sentence, quoted.start(1), quoted.end(1), speaker.get(), "direct", context.names));
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        reported(text, sentence, context).ifPresent(found::add);
        return found;
    }

    private static Optional<Suggestion> reported(String text, Sentence sentence, Context context) {
        String s = sentence.text();
        Matcher accordingFirst = ACCORDING_FIRST.matcher(s);
        if (accordingFirst.matches()) {
            return speaker(accordingFirst.group(1), context)
                    .map(who -> suggestion(text, sentence, accordingFirst.start(2), end(s, accordingFirst.end(2)), who, "reported", context.names));
        }
        Matcher accordingLast = ACCORDING_LAST.matcher(s);
        if (accordingLast.matches()) {
            return speaker(accordingLast.group(2), context)
                    .map(who -> suggestion(text, sentence, accordingLast.start(1), accordingLast.end(1), who, "reported", context.names));
        }
        Matcher saidLast = SAID_LAST.matcher(s);
        if (saidLast.matches() && !saidLast.group(1).contains("\"")
                && !FRAMING.matcher(saidLast.group(1) + ", ").matches()) {
            Optional<Speaker> who = speaker(saidLast.group(2), context);
            if (who.isPresent()) {
                return Optional.of(suggestion(text, sentence, saidLast.start(1), saidLast.end(1), who.get(), "reported", context.names));
            }
        }
        Matcher quotedAs = QUOTED_AS.matcher(s);
        if (quotedAs.matches()) {
            return speaker(quotedAs.group(1), context)
                    .map(who -> suggestion(text, sentence, quotedAs.start(2), end(s, quotedAs.end(2)), who, "reported", context.names));
        }
        Matcher saying = SAYING.matcher(s);
        if (saying.matches()) {
            return speaker(saying.group(1), context)
                    .map(who -> suggestion(text, sentence, saying.start(2), end(s, saying.end(2)), who, "reported", context.names));
        }
        Matcher verb = SPEECH_VERB.matcher(s);
        while (verb.find()) {
            String subject = s.substring(0, verb.start()).strip()
                    .replaceFirst("(?<=\\S)\\s+(?:who|which)\\b.*$", "")
                    .replaceFirst("\\s+(?:had|has|have)$", "");
            if (subject.isEmpty() || subject.split("\\s+").length > LONGEST_SUBJECT_WORDS) {
                continue;
            }
            Pattern reporting = verb.group(1).startsWith("told") || verb.group(1).startsWith("tell")
                    ? CLAUSE_AFTER_TOLD : CLAUSE_AFTER_VERB;
            Matcher that = reporting.matcher(s.substring(verb.end()));
            if (!that.matches()) {
                continue;
            }
            int group = that.group(1) != null ? 1 : 2;
            String clause = that.group(group);
            if (clause.split("\\s+").length < 4 || clause.startsWith("on ") || clause.startsWith("in a statement")) {
                continue;
            }
            Optional<Speaker> who = speaker(subject, context);
            if (who.isPresent()) {
                int start = verb.end() + that.start(group);
                return Optional.of(suggestion(text, sentence, start, end(s, verb.end() + that.end(group)), who.get(),
                        "reported", context.names));
            }
            break;
        }
        return Optional.empty();
    }

    private static int end(String s, int end) {
        int at = end;
        while (at > 0 && ".!?,".indexOf(s.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    private static Optional<Speaker> speakerAfterQuote(String after, Context context) {
        Matcher verbFirst = VERB_FIRST.matcher(after);
        if (verbFirst.find()) {
            String name = (verbFirst.group(1) == null ? "" : verbFirst.group(1)) + verbFirst.group(2);
            return speaker(name + (verbFirst.group(3) == null ? "" : ", " + verbFirst.group(3)), context);
        }
        Matcher subjectFirst = SUBJECT_FIRST.matcher(after);
        if (subjectFirst.find()) {
            return speaker(subjectFirst.group(1), context);
        }
        return Optional.empty();
    }

    private static Optional<Speaker> speakerBeforeQuote(String before, Context context) {
        Matcher matcher = BEFORE_QUOTE.matcher(before.strip());
        return matcher.matches() ? speaker(matcher.group(1), context) : Optional.empty();
    }

    /**
     * Resolves a subject phrase to a speaker: a named person with any role, a body, or a pronoun's referent. A
     * phrase that reads as something other than who spoke (a verb in it, a document, a lone title word) gives an
     * unknown speaker, left blank for the editor: a wrong name is worse than none.
     */
    static Optional<Speaker> speaker(String phrase, Context context) {
        String subject = FRAMING.matcher(phrase.strip()).replaceFirst("").replaceFirst(
                ",\\s*(?:referring|speaking|adding|citing|describing|responding|writing)\\b.*$", "")
                .replaceAll("[,;]+$", "").strip();
        subject = TRAILING_ADVERB.matcher(subject).replaceFirst("").strip();
        String[] words = subject.split("\\s+");
        if (words.length > 0 && LEADING.contains(words[0].toLowerCase(Locale.ROOT).replace(",", ""))) {
            subject = subject.substring(words[0].length()).replaceFirst("^,", "").strip();
        }
        if (subject.isEmpty() || subject.split("\\s+").length > LONGEST_SUBJECT_WORDS || subject.contains("\"")) {
            return Optional.empty();
        }
        if (notASpeaker(subject)) {
            return Optional.of(Speaker.UNKNOWN);
        }
        if (PRONOUN.matcher(subject).matches()) {
            return context.referent();
        }
        Matcher honorific = HONORIFIC.matcher(subject);
        if (honorific.matches()) {
            return Optional.of(context.byHonorific(honorific.group(1), subject));
        }
        Matcher appositiveAfter = APPOSITIVE_AFTER.matcher(subject);
        if (appositiveAfter.matches()) {
            return Optional.of(context.person(appositiveAfter.group(1), appositiveAfter.group(2)));
        }
        Matcher appositiveBefore = APPOSITIVE_BEFORE.matcher(subject);
        if (appositiveBefore.matches()) {
            return Optional.of(context.person(appositiveBefore.group(2), appositiveBefore.group(1)));
        }
        Matcher roleThenName = ROLE_THEN_NAME.matcher(subject);
        if (roleThenName.matches() && organisation(roleThenName.group(1))) {
            return Optional.of(new Speaker(subject.replaceFirst("^(?i)the ", ""), null));
        }
        if (roleThenName.matches() && !isNotName(roleThenName.group(2))) {
            String role = roleThenName.group(1) == null ? null : roleThenName.group(1).strip();
            return Optional.of(context.person(roleThenName.group(2), role));
        }
        String body = subject.replaceFirst("^(?i)(the|a|an|one) ", "");
        if (body.isEmpty() || Character.isDigit(body.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(body, null));
    }

    /**
     * Whether words before a capitalised name make it an organisation's name rather than a role and a person
     * ("Syrian Observatory for" + "Human Rights"): they end in a joining word, or hold two capitalised words,
     * unless they end in a title ("Foreign Minister" + "Anna Roe").
     */
    private static boolean organisation(String before) {
        if (before == null) {
            return false;
        }
        String[] words = before.strip().split("\\s+");
        if (TITLE_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        long capitalised = java.util.Arrays.stream(words).filter(word -> Character.isUpperCase(word.codePointAt(0))).count();
        return JOINING.contains(words[words.length - 1].toLowerCase(Locale.ROOT)) || capitalised >= 2;
    }

    /** A verb, a document or a lone title word where the speaker should be. */
    private static boolean notASpeaker(String subject) {
        String[] words = subject.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+");
        for (String word : words) {
            if (ACTION_WORDS.contains(word)) {
                return true;
            }
        }
        String last = words.length == 0 ? "" : words[words.length - 1];
        return DOCUMENTS.contains(last) || (words.length == 1 && TITLE_WORDS.contains(last));
    }

    private static boolean isNotName(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (NOT_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Suggestion suggestion(String text, Sentence sentence, int from, int to, Speaker speaker, String kind,
                                         Set<String> names) {
        int start = sentence.start() + from;
        int end = sentence.start() + to;
        String quote = text.substring(start, end);
        while (!quote.isEmpty() && Character.isWhitespace(quote.charAt(0))) {
            quote = quote.substring(1);
            start++;
        }
        return new Suggestion(start, end, quote, speaker.name(), speaker.role(), ThirdPerson.statement(speaker.name(),
                quote, names), kind);
    }

    /** A speaker as found: a name or description, and a role if given; {@link #UNKNOWN} leaves it to the editor. */
    record Speaker(String name, String role) {
        static final Speaker UNKNOWN = new Speaker(null, null);
    }

    /** What earlier sentences said: full names by surname, the last named person and the last speaker. */
    static final class Context {

        /** Words the article writes capitalised inside sentences: names, whose capital a draft statement keeps. */
        final Set<String> names;

        Context(Set<String> names) {
            this.names = names;
        }

        private final Map<String, Speaker> bySurname = new LinkedHashMap<>();
        private Speaker lastSpeaker;
        private int lastSpeakerAt = -1;
        private Speaker subject;
        private int subjectAt = -1;
        private int mentionedAt = -1;

        Speaker person(String name, String role) {
            String cleanRole = role == null || role.isBlank() ? null : role.strip().replaceFirst("^(?i)(the|a|an) ", "");
            String[] parts = name.strip().split(" ");
            String surname = parts[parts.length - 1];
            Speaker known = bySurname.get(surname);
            Speaker speaker = new Speaker(name.strip(), cleanRole != null ? cleanRole : known == null ? null : known.role());
            bySurname.put(surname, speaker);
            return speaker;
        }

        Speaker byHonorific(String surname, String asWritten) {
            Speaker known = bySurname.get(surname);
            return known != null ? known : new Speaker(asWritten, null);
        }

        void spoke(String name, int at) {
            Speaker speaker = bySurnameOrName(name);
            lastSpeaker = speaker;
            lastSpeakerAt = at;
        }

        private Speaker bySurnameOrName(String name) {
            return bySurname.values().stream().filter(known -> known.name().equals(name)).findFirst()
                    .orElse(new Speaker(name, null));
        }

        /**
         * Notes who a sentence names: a name among its first words is its subject ("Union leader Carla Mendes was
         * cautious"), and the likely referent of a following "she"; a name further in is only mentioned.
         */
        void noteNames(Sentence sentence) {
            Matcher names = NAME.matcher(sentence.text());
            while (names.find()) {
                Speaker named = null;
                if (names.group(1) != null && bySurname.containsKey(names.group(1))) {
                    named = bySurname.get(names.group(1));
                } else if (names.group(2) != null && !isNotName(names.group(2))) {
                    String[] parts = names.group(2).split(" ");
                    named = bySurname.computeIfAbsent(parts[parts.length - 1], s -> new Speaker(names.group(2), null));
                }
                if (named == null) {
                    continue;
                }
                int wordsBefore = sentence.text().substring(0, names.start()).split("\\s+").length;
                if (wordsBefore <= SUBJECT_WORDS && subjectAt != sentence.start()) {
                    subject = named;
                    subjectAt = sentence.start();
                } else if (subject != named) {
                    mentionedAt = sentence.start();
                }
            }
        }

        /**
         * Who "he", "she" or "they" is: the person a sentence since the last quotation opened with, else the last
         * speaker; when someone else has only been mentioned since, it is not certain, and the speaker is left blank
         * rather than guessed.
         */
        Optional<Speaker> referent() {
            if (subject != null && subjectAt > lastSpeakerAt && mentionedAt <= subjectAt) {
                return Optional.of(subject);
            }
            if (lastSpeaker == null || mentionedAt > lastSpeakerAt || subjectAt > lastSpeakerAt) {
                return Optional.of(Speaker.UNKNOWN);
            }
            return Optional.of(lastSpeaker);
        }

        Optional<Speaker> recentSpeaker() {
            return Optional.ofNullable(lastSpeaker);
        }
    }
}
