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
    private static final int LONGEST_SUBJECT_WORDS = 12;

    private QuoteFinder() {
    }

    /** Finds suggestions in reading order; offsets are code points into the text. */
    public static List<Suggestion> find(String text) {
        List<Sentence> sentences = Sentences.of(text);
        Context context = new Context();
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
                found.add(suggestion(text, sentence, quoted.start(1), quoted.end(1), speaker.get(), "direct"));
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
        Matcher accordingFirst = Pattern.compile("^According to ([^,]{3,80}), (.+?)[.!?]?$").matcher(s);
        if (accordingFirst.matches()) {
            return speaker(accordingFirst.group(1), context)
                    .map(who -> suggestion(text, sentence, accordingFirst.start(2), end(s, accordingFirst.end(2)), who, "reported"));
        }
        Matcher accordingLast = Pattern.compile("^(.+?),? according to (.{3,80}?)[.!?]?$").matcher(s);
        if (accordingLast.matches()) {
            return speaker(accordingLast.group(2), context)
                    .map(who -> suggestion(text, sentence, accordingLast.start(1), accordingLast.end(1), who, "reported"));
        }
        Matcher saidLast = Pattern.compile("^(.{12,}?), ((?:[^,]{2,60}, )?[^,]{2,60}?) (" + VERBS
                + ")(?: [^,]{0,40})?[.!?]$").matcher(s);
        if (saidLast.matches() && !saidLast.group(1).contains("\"")) {
            Optional<Speaker> who = speaker(saidLast.group(2), context);
            if (who.isPresent()) {
                return Optional.of(suggestion(text, sentence, saidLast.start(1), saidLast.end(1), who.get(), "reported"));
            }
        }
        Matcher saying = Pattern.compile("^(.{2,120}?) (?:played down|dismissed|rejected|defended|criticised|criticized"
                + "|welcomed|questioned)[^,]*(?:, (?:however|though|meanwhile|too))?, saying (?:that )?(.+?)[.!?]?$").matcher(s);
        if (saying.matches()) {
            return speaker(saying.group(1), context)
                    .map(who -> suggestion(text, sentence, saying.start(2), end(s, saying.end(2)), who, "reported"));
        }
        Matcher verb = SPEECH_VERB.matcher(s);
        while (verb.find()) {
            String subject = s.substring(0, verb.start()).strip();
            if (subject.isEmpty() || subject.split("\\s+").length > LONGEST_SUBJECT_WORDS) {
                continue;
            }
            Matcher that = Pattern.compile("^(?:[^,.]{0,60}? )?(?:that )(.+?)[.!?]?$|^ (?!that )(.+?)[.!?]?$")
                    .matcher(s.substring(verb.end()));
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
                        "reported"));
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
        Matcher verbFirst = Pattern.compile("^\\s*,?\\s*(?:" + VERBS + ") ((?:Mr|Mrs|Ms|Dr)\\.? )?([^,.]{2,60}?)(?:, ([^,.]{3,80}),?)?(?: (?:on|in|at|after|before|to|during) [^,]*)?[.,;]").matcher(after);
        if (verbFirst.find()) {
            String name = (verbFirst.group(1) == null ? "" : verbFirst.group(1)) + verbFirst.group(2);
            return speaker(name + (verbFirst.group(3) == null ? "" : ", " + verbFirst.group(3)), context);
        }
        Matcher subjectFirst = Pattern.compile("^\\s*,?\\s*(.{2,80}?) (?:" + VERBS + ")\\b").matcher(after);
        if (subjectFirst.find()) {
            return speaker(subjectFirst.group(1), context);
        }
        return Optional.empty();
    }

    private static Optional<Speaker> speakerBeforeQuote(String before, Context context) {
        Matcher matcher = Pattern.compile("^(.{2,80}?) (?:" + VERBS + ")(?: [^:,]{0,40})?[:,]\\s*$").matcher(before.strip());
        return matcher.matches() ? speaker(matcher.group(1), context) : Optional.empty();
    }

    /** Resolves a subject phrase to a speaker: a named person with any role, a body, or a pronoun's referent. */
    static Optional<Speaker> speaker(String phrase, Context context) {
        String subject = phrase.strip().replaceAll("[,;]+$", "").strip();
        String[] words = subject.split("\\s+");
        if (words.length > 0 && LEADING.contains(words[0].toLowerCase(Locale.ROOT).replace(",", ""))) {
            subject = subject.substring(words[0].length()).strip();
        }
        if (subject.isEmpty() || subject.split("\\s+").length > LONGEST_SUBJECT_WORDS || subject.contains("\"")) {
            return Optional.empty();
        }
        if (PRONOUN.matcher(subject).matches()) {
            return context.referent();
        }
        Matcher honorific = HONORIFIC.matcher(subject);
        if (honorific.matches()) {
            return Optional.of(context.byHonorific(honorific.group(1), subject));
        }
        Matcher appositiveAfter = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}), (?:the |a |an )?(.{3,80})$")
                .matcher(subject);
        if (appositiveAfter.matches()) {
            return Optional.of(context.person(appositiveAfter.group(1), appositiveAfter.group(2)));
        }
        Matcher appositiveBefore = Pattern.compile("^(?:the |a |an |The |A |An )?(.{3,80}?), (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}),?$")
                .matcher(subject);
        if (appositiveBefore.matches()) {
            return Optional.of(context.person(appositiveBefore.group(2), appositiveBefore.group(1)));
        }
        Matcher roleThenName = Pattern.compile("^(?:the |The )?((?:\\p{L}[\\p{Ll}'’-]*\\s){1,4})?(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2})$")
                .matcher(subject);
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

    private static boolean isNotName(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (NOT_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Suggestion suggestion(String text, Sentence sentence, int from, int to, Speaker speaker, String kind) {
        int start = sentence.start() + from;
        int end = sentence.start() + to;
        String quote = text.substring(start, end);
        while (!quote.isEmpty() && Character.isWhitespace(quote.charAt(0))) {
            quote = quote.substring(1);
            start++;
        }
        String statement = quote.isEmpty() ? quote : Character.toUpperCase(quote.charAt(0)) + quote.substring(1);
        statement = statement.endsWith(".") || statement.endsWith("?") || statement.endsWith("!") ? statement : statement + ".";
        return new Suggestion(start, end, quote, speaker.name(), speaker.role(), statement, kind);
    }

    /** A speaker as found: a name or description, and a role if given. */
    record Speaker(String name, String role) {
    }

    /** What earlier sentences said: full names by surname, the last named person and the last speaker. */
    static final class Context {

        private final Map<String, Speaker> bySurname = new LinkedHashMap<>();
        private Speaker lastSpeaker;
        private int lastSpeakerAt = -1;
        private Speaker lastNamed;
        private int lastNamedAt = -1;

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

        void noteNames(Sentence sentence) {
            Matcher names = NAME.matcher(sentence.text());
            while (names.find()) {
                if (names.group(1) != null && bySurname.containsKey(names.group(1))) {
                    lastNamed = bySurname.get(names.group(1));
                    lastNamedAt = sentence.start();
                } else if (names.group(2) != null && !isNotName(names.group(2))) {
                    String[] parts = names.group(2).split(" ");
                    lastNamed = bySurname.computeIfAbsent(parts[parts.length - 1], s -> new Speaker(names.group(2), null));
                    lastNamedAt = sentence.start();
                }
            }
        }

        Optional<Speaker> referent() {
            if (lastNamedAt > lastSpeakerAt && lastNamed != null) {
                return Optional.of(lastNamed);
            }
            return Optional.ofNullable(lastSpeaker != null ? lastSpeaker : lastNamed);
        }

        Optional<Speaker> recentSpeaker() {
            return Optional.ofNullable(lastSpeaker);
        }
    }
}
