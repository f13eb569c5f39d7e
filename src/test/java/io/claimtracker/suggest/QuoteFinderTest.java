package io.claimtracker.suggest;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the attribution patterns the finder knows, its name resolution and its offsets, on sentences written here. */
class QuoteFinderTest {

    private static Suggestion only(String text) {
        List<Suggestion> found = QuoteFinder.find(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void directQuoteWithTheSpeakerAfterItAndARole() {
        Suggestion found = only("\"The tunnel will open in May,\" said Lisa Brandt, the project manager.");
        assertThat(found.quote()).isEqualTo("The tunnel will open in May");
        assertThat(found.speaker()).isEqualTo("Lisa Brandt");
        assertThat(found.role()).isEqualTo("project manager");
        assertThat(found.kind()).isEqualTo("direct");
        assertThat(found.statement()).as("third person, attributed").isEqualTo("Lisa Brandt says the tunnel will open in May.");
    }

    @Test
    void directQuoteIntroducedBeforeWithAColon() {
        Suggestion found = only("The mayor told reporters: \"We have no money left for the pool.\"");
        assertThat(found.quote()).isEqualTo("We have no money left for the pool");
        assertThat(found.speaker()).isEqualTo("mayor");
    }

    @Test
    void laterReferencesResolveToTheFullNameAndKeepTheRole() {
        List<Suggestion> found = QuoteFinder.find("Jonas Weber, the fire chief, said the blaze started in the kitchen. "
                + "\"Nobody was hurt,\" Mr Weber added. Residents praised the crews. \"They were here in minutes,\" "
                + "one neighbour said. He said the road would reopen by noon.");
        assertThat(found).extracting(Suggestion::speaker)
                .containsExactly("Jonas Weber", "Jonas Weber", "neighbour", "neighbour");
        assertThat(found.get(1).role()).isEqualTo("fire chief");
        assertThat(found.get(0).quote()).isEqualTo("the blaze started in the kitchen");
    }

    @Test
    void pronounsFollowTheMostRecentlyNamedPerson() {
        List<Suggestion> found = QuoteFinder.find("Councillors said the vote was close. Union leader Maya Ruiz was "
                + "unhappy. She said the cuts would cost 200 jobs.");
        assertThat(found).extracting(Suggestion::speaker).containsExactly("Councillors", "Maya Ruiz");
    }

    @Test
    void reportedSpeechWithTheAttributionAtTheEndOrByAccordingTo() {
        List<Suggestion> found = QuoteFinder.find("The school will close in July, the education office said on Monday. "
                + "According to the parents' association, 300 pupils are affected. "
                + "Repairs will cost 2 million euros, according to an internal report.");
        assertThat(found).extracting(Suggestion::quote).containsExactly("The school will close in July",
                "300 pupils are affected", "Repairs will cost 2 million euros");
        assertThat(found).extracting(Suggestion::speaker).containsExactly("education office", "parents' association",
                "internal report");
    }

    @Test
    void aSpokespersonPlayingSomethingDownIsAttributed() {
        Suggestion found = only("A ministry spokeswoman played down the report, however, saying no decision had been taken.");
        assertThat(found.speaker()).isEqualTo("ministry spokeswoman");
        assertThat(found.quote()).isEqualTo("no decision had been taken");
    }

    @Test
    void relativeClausesAuxiliariesAndQuotedAsSayingKeepTheSpeakerAndTheWholeClause() {
        List<Suggestion> found = QuoteFinder.find("A porter who has worked at the station for years, and who gave "
                + "only his first name, said the night trains were always late. "
                + "Earlier, the head of the rail board, Ines Varga, had said the timetable would be kept. "
                + "Mayor Tomasz Wróbel was quoted as saying that the station needed a new roof. "
                + "The operator said fares would rise in May and that discounts for pupils would end.");
        assertThat(found).extracting(Suggestion::speaker)
                .containsExactly("porter", "Ines Varga", "Tomasz Wróbel", "operator");
        assertThat(found).extracting(Suggestion::quote).containsExactly("the night trains were always late",
                "the timetable would be kept", "the station needed a new roof",
                "fares would rise in May and that discounts for pupils would end");
    }

    @Test
    void aTitleBeforeANameIsTheRoleAndNameParticlesStayInTheName() {
        List<Suggestion> found = QuoteFinder.find("Dutch Foreign Minister Pieter Kuiper said the border would stay "
                + "open all winter. The regional envoy for the Danube, Lucia van Dijk, said shipping would resume "
                + "in March. The Danube Commission for Navigation said the locks needed repairs.");
        assertThat(found).extracting(Suggestion::speaker)
                .containsExactly("Pieter Kuiper", "Lucia van Dijk", "Danube Commission for Navigation");
        assertThat(found).extracting(Suggestion::role)
                .containsExactly("Dutch Foreign Minister", "regional envoy for the Danube", null);
    }

    @Test
    void sentencesWithoutSpeechGiveNothing() {
        assertThat(QuoteFinder.find("The river rose by two metres. Mr. Smith's boat was lost. Roads were closed.")).isEmpty();
    }

    @Test
    void offsetsAreCodePointsIntoTheText() {
        String text = "🚢 Ferries stopped. \"The port is closed until Friday,\" the harbour master said.";
        Suggestion found = only(text);
        int start = text.codePointCount(0, text.indexOf("The port"));
        assertThat(found.start()).isEqualTo(start);
        assertThat(found.end() - found.start()).isEqualTo("The port is closed until Friday".length());
    }

    @Test
    void evaluationMatchesSpansAndSpeakersAsDocumented() throws Exception {
        assertThat(EvaluateSuggestions.overlaps(0, 10, 2, 10)).isTrue();
        assertThat(EvaluateSuggestions.overlaps(0, 10, 8, 30)).isFalse();
        assertThat(EvaluateSuggestions.sameSpeaker("spokesman for the central hospital", "central hospital spokesman")).isTrue();
        assertThat(EvaluateSuggestions.sameSpeaker("Anna Fischer", "Mr Fischer")).isTrue();
        assertThat(EvaluateSuggestions.sameSpeaker("Anna Fischer", "Oskar Lind")).isFalse();
        EvaluateSuggestions.Score score = EvaluateSuggestions.evaluate(Path.of("src/test/resources/suggestions"), false);
        assertThat(score.gold()).isEqualTo(59);
        assertThat(score.named()).isLessThanOrEqualTo(score.suggested());
        assertThat(score.quotesMatched()).isLessThanOrEqualTo(Math.min(score.gold(), score.suggested()));
        assertThat(score.speakersMatched()).isLessThanOrEqualTo(score.quotesMatched());
    }

    /** Adversarial articles of the largest allowed length (500,000 code points); each must finish quickly. */
    @Test
    void adversarialArticlesOfTheLargestAllowedLengthAreReadInBoundedTime() {
        int size = 500_000;
        List<String> articles = List.of(
                "\u201C".repeat(size),
                "\"".repeat(size),
                "a.".repeat(size / 2),
                "x".repeat(size),
                ("\u201CThe convoy will leave at dawn,\u201D said Mr Kowalski. ").repeat(size / 52),
                ("said Anna Berg, " + "word ".repeat(40)).repeat(size / 216));
        for (String article : articles) {
            long started = System.nanoTime();
            List<Suggestion> found = QuoteFinder.find(article);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(found).allMatch(suggestion -> suggestion.end() <= article.codePointCount(0, article.length()));
            assertThat(millis).as("regression guard, not a benchmark: %s…", article.substring(0, 20))
                    .isLessThan(20_000);
        }
    }

    @Test
    void offsetsStayCodePointsWhenManySuggestionsFollowNonAsciiText() {
        String sentence = "\uD83D\uDE80 \u201CThe convoy will leave at dawn,\u201D said Mr Kowalski. ";
        String article = sentence.repeat(50);
        List<Suggestion> found = QuoteFinder.find(article);
        assertThat(found).hasSize(50);
        int[] codePoints = article.codePoints().toArray();
        for (Suggestion suggestion : found) {
            assertThat(new String(codePoints, suggestion.start(), suggestion.end() - suggestion.start()))
                    .isEqualTo(suggestion.quote());
        }
    }
}
