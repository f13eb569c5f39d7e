package io.claimtracker.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures suggested claims against hand-annotated articles (JSON files {title, text, gold: [{quote, speaker}]}):
 * precision and recall of the quotes, and of quotes with the right speaker.
 * Run: {@code ./mvnw -q compile exec:java -Dexec.mainClass=io.claimtracker.suggest.EvaluateSuggestions
 * -Dexec.args="FOLDER [--show]"}.
 */
public final class EvaluateSuggestions {

    private static final Set<String> FILLER = Set.of("the", "a", "an", "of", "for", "mr", "ms", "mrs", "dr", "s");

    private EvaluateSuggestions() {
    }

    /** Counts over all files: suggestions made, gold claims, quotes matched, and matched with the right speaker. */
    public record Score(int suggested, int gold, int quotesMatched, int speakersMatched, int named) {

        /** Of the suggestions that name a speaker, the share naming the right one (a blank speaker is not wrong). */
        public double namedSpeakerPrecision() {
            return named == 0 ? 0 : (double) speakersMatched / named;
        }

        public double quotePrecision() {
            return suggested == 0 ? 0 : (double) quotesMatched / suggested;
        }

        public double quoteRecall() {
            return gold == 0 ? 0 : (double) quotesMatched / gold;
        }

        public double speakerPrecision() {
            return suggested == 0 ? 0 : (double) speakersMatched / suggested;
        }

        public double speakerRecall() {
            return gold == 0 ? 0 : (double) speakersMatched / gold;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: EvaluateSuggestions FOLDER [--show]");
            System.exit(2);
        }
        boolean show = Arrays.asList(args).contains("--show");
        Score score = evaluate(Path.of(args[0]), show);
        System.out.printf(Locale.ROOT, "suggestions %d, gold %d%nquotes: precision %.3f recall %.3f%n"
                        + "quotes with the right speaker: precision %.3f recall %.3f%n"
                        + "speakers: %d suggestions name one (%d left blank), precision %.3f, recall %.3f%n",
                score.suggested(), score.gold(), score.quotePrecision(), score.quoteRecall(), score.speakerPrecision(),
                score.speakerRecall(), score.named(), score.suggested() - score.named(), score.namedSpeakerPrecision(),
                score.speakerRecall());
    }

    public static Score evaluate(Path folder, boolean show) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int suggested = 0;
        int gold = 0;
        int quotes = 0;
        int speakers = 0;
        int named = 0;
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode article = json.readTree(file.toFile());
            String text = article.path("text").asText();
            List<Suggestion> found = QuoteFinder.find(text);
            suggested += found.size();
            named += (int) found.stream().filter(suggestion -> suggestion.speaker() != null).count();
            Set<Integer> used = new HashSet<>();
            for (JsonNode expected : article.path("gold")) {
                gold++;
                String quote = expected.path("quote").asText();
                int at = text.indexOf(quote);
                int start = text.codePointCount(0, Math.max(0, at));
                int end = start + quote.codePointCount(0, quote.length());
                boolean matched = false;
                for (int i = 0; i < found.size() && !matched; i++) {
                    Suggestion suggestion = found.get(i);
                    if (!used.contains(i) && overlaps(start, end, suggestion.start(), suggestion.end())) {
                        used.add(i);
                        matched = true;
                        quotes++;
                        boolean right = sameSpeaker(expected.path("speaker").asText(), suggestion.speaker());
                        speakers += right ? 1 : 0;
                        if (show && !right) {
                            System.out.println(file.getFileName() + " wrong speaker: \"" + quote + "\" gold "
                                    + expected.path("speaker").asText() + ", suggested " + suggestion.speaker());
                        }
                    }
                }
                if (show && !matched) {
                    System.out.println(file.getFileName() + " missed: \"" + quote + "\" (" + expected.path("speaker").asText() + ")");
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (show && !used.contains(i)) {
                    System.out.println(file.getFileName() + " extra: \"" + found.get(i).quote() + "\" ("
                            + found.get(i).speaker() + ")");
                }
            }
        }
        return new Score(suggested, gold, quotes, speakers, named);
    }

    /** Spans match when their overlap covers at least half of the longer one. */
    static boolean overlaps(int start, int end, int otherStart, int otherEnd) {
        int overlap = Math.min(end, otherEnd) - Math.max(start, otherStart);
        return overlap > 0 && overlap * 2 >= Math.max(end - start, otherEnd - otherStart);
    }

    /** Speakers match when the content words of one are all among the other's. */
    static boolean sameSpeaker(String expected, String suggested) {
        if (suggested == null) {
            return false;
        }
        Set<String> a = words(expected);
        Set<String> b = words(suggested);
        return !a.isEmpty() && !b.isEmpty() && (b.containsAll(a) || a.containsAll(b));
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
