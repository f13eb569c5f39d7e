package io.claimtracker.claim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves that quotes are located and described as W3C text quote and position selectors. */
class QuoteAnchorTest {

    private static QuoteAnchor.Result anchor(String body, String exact) {
        return new QuoteAnchor(body).anchor(new QuoteRequest(exact, null, null, null, null));
    }

    private static QuoteSelector anchored(QuoteAnchor.Result result) {
        assertThat(result).isInstanceOf(QuoteAnchor.Anchored.class);
        return ((QuoteAnchor.Anchored) result).selector();
    }

    @Test
    void fillsPositionAndThirtyTwoCharactersOfContextFromTheExactWordsAlone() {
        String before = "An official in the capital said on Tuesday that ";
        String exact = "no agreement had been reached";
        String after = ", adding that talks would resume next week.";
        QuoteSelector selector = anchored(anchor(before + exact + after, exact));

        assertThat(selector.exact()).isEqualTo(exact);
        assertThat(selector.start()).isEqualTo(before.length());
        assertThat(selector.end()).isEqualTo(before.length() + exact.length());
        assertThat(selector.prefix()).isEqualTo(before.substring(before.length() - 32)).hasSize(32);
        assertThat(selector.suffix()).isEqualTo(after.substring(0, 32)).hasSize(32);
    }

    @Test
    void quoteAtTheVeryStartHasAnEmptyPrefix() {
        String body = "Ceasefire holds, officials say, as aid convoys move in.";
        QuoteSelector selector = anchored(anchor(body, "Ceasefire holds"));

        assertThat(selector.start()).isZero();
        assertThat(selector.prefix()).isEmpty();
        assertThat(selector.suffix()).isEqualTo(body.substring(15, 47));
    }

    @Test
    void quoteAtTheVeryEndHasAnEmptySuffix() {
        String body = "Officials say the aid convoys will move in on Sunday.";
        QuoteSelector selector = anchored(anchor(body, "on Sunday."));

        assertThat(selector.end()).isEqualTo(body.length());
        assertThat(selector.suffix()).isEmpty();
    }

    @Test
    void quoteThatIsTheWholeBodyHasNoContext() {
        QuoteSelector selector = anchored(anchor("Nothing is in play.", "Nothing is in play."));

        assertThat(selector.prefix()).isEmpty();
        assertThat(selector.suffix()).isEmpty();
        assertThat(selector.start()).isZero();
        assertThat(selector.end()).isEqualTo(19);
    }

    @Test
    void offsetsCountCodePointsSoAccentsAndEmojiBeforeTheQuoteCountOnce() {
        String body = "Café 😀 résumé: talks begin";
        QuoteSelector selector = anchored(anchor(body, "talks begin"));

        assertThat(selector.start()).isEqualTo(body.codePointCount(0, body.indexOf("talks")));
        assertThat(selector.start()).isEqualTo(body.indexOf("talks") - 1);
        assertThat(selector.end() - selector.start()).isEqualTo(11);
    }

    @Test
    void contextNeverSplitsASurrogatePair() {
        String emoji = "😀";
        String body = emoji.repeat(40) + "quote" + emoji.repeat(40);
        QuoteSelector selector = anchored(anchor(body, "quote"));

        assertThat(selector.prefix().codePointCount(0, selector.prefix().length())).isEqualTo(32);
        assertThat(selector.prefix()).isEqualTo(emoji.repeat(32));
        assertThat(selector.suffix()).isEqualTo(emoji.repeat(32));
        assertThat(selector.start()).isEqualTo(40);
        assertThat(selector.end()).isEqualTo(45);
    }

    @Test
    void quoteContainingNonAsciiTextIsMeasuredInCodePoints() {
        String body = "Er sagte: „Die Gespräche sind weit fortgeschritten 🤝“ und ging.";
        String exact = "„Die Gespräche sind weit fortgeschritten 🤝“";
        QuoteSelector selector = anchored(anchor(body, exact));

        assertThat(selector.start()).isEqualTo(10);
        assertThat(selector.end()).isEqualTo(10 + exact.codePointCount(0, exact.length()));
        assertThat(selector.suffix()).isEqualTo(" und ging.");
    }

    @Test
    void missingQuoteIsNotFound() {
        assertThat(anchor("The talks went on late.", "the talks collapsed"))
                .isInstanceOf(QuoteAnchor.NotFound.class);
    }

    @Test
    void matchingIsCaseSensitiveBecauseAQuoteMustBeExact() {
        assertThat(anchor("The talks went on late.", "the talks went"))
                .isInstanceOf(QuoteAnchor.NotFound.class);
    }

    @Test
    void repeatedPhraseWithoutDisambiguationListsEveryOccurrence() {
        String body = "He said talks are close. She said talks are close. They said talks are close.";
        QuoteAnchor.Result result = anchor(body, "talks are close");

        assertThat(result).isInstanceOf(QuoteAnchor.Ambiguous.class);
        List<QuoteSelector> places = ((QuoteAnchor.Ambiguous) result).occurrences();
        assertThat(((QuoteAnchor.Ambiguous) result).count()).isEqualTo(3);
        assertThat(places).extracting(QuoteSelector::start)
                .containsExactly(body.indexOf("talks"), body.indexOf("talks", 10), body.lastIndexOf("talks"));
        assertThat(places.get(1).prefix()).endsWith("She said ");
    }

    @Test
    void prefixPicksOneOfSeveralOccurrences() {
        String body = "He said talks are close. She said talks are close.";
        QuoteSelector selector = anchored(new QuoteAnchor(body)
                .anchor(new QuoteRequest("talks are close", "She said ", null, null, null)));

        assertThat(selector.start()).isEqualTo(body.lastIndexOf("talks"));
    }

    @Test
    void suffixPicksOneOfSeveralOccurrences() {
        String body = "Talks are close, he said. Talks are close to collapse, she said.";
        QuoteSelector selector = anchored(new QuoteAnchor(body)
                .anchor(new QuoteRequest("Talks are close", null, " to collapse", null, null)));

        assertThat(selector.start()).isEqualTo(body.lastIndexOf("Talks"));
        assertThat(selector.suffix()).startsWith(" to collapse");
    }

    @Test
    void offsetsPickOneOfSeveralOccurrences() {
        String body = "deal or no deal, the deal stands";
        int third = body.lastIndexOf("deal");
        QuoteSelector selector = anchored(new QuoteAnchor(body)
                .anchor(new QuoteRequest("deal", null, null, third, third + 4)));

        assertThat(selector.start()).isEqualTo(third);
        assertThat(selector.prefix()).isEqualTo("deal or no deal, the ");
    }

    @Test
    void offsetsThatDoNotHoldTheQuoteAreMisplacedAndListWhereItIs() {
        String body = "deal or no deal";
        QuoteAnchor.Result result = new QuoteAnchor(body).anchor(new QuoteRequest("deal", null, null, 3, 7));

        assertThat(result).isInstanceOf(QuoteAnchor.Misplaced.class);
        assertThat(((QuoteAnchor.Misplaced) result).occurrences()).extracting(QuoteSelector::start)
                .containsExactly(0, 11);
    }

    @Test
    void contextThatMatchesNoOccurrenceIsMisplaced() {
        QuoteAnchor.Result result = new QuoteAnchor("He said yes. She said yes.")
                .anchor(new QuoteRequest("yes", "They said ", null, null, null));

        assertThat(result).isInstanceOf(QuoteAnchor.Misplaced.class);
    }

    @Test
    void overlappingOccurrencesAreAllFound() {
        assertThat(new QuoteAnchor("aaaa").occurrencesOf("aa", 10)).extracting(QuoteSelector::start)
                .containsExactly(0, 1, 2);
    }

    @Test
    void selectorAtRebuildsTheQuoteFromOffsetsAndRejectsOffsetsOutsideTheBody() {
        QuoteAnchor anchor = new QuoteAnchor("😀 talks resume");

        assertThat(anchor.selectorAt(2, 7)).hasValueSatisfying(selector -> {
            assertThat(selector.exact()).isEqualTo("talks");
            assertThat(selector.prefix()).isEqualTo("😀 ");
        });
        assertThat(anchor.selectorAt(5, 99)).isEmpty();
        assertThat(anchor.selectorAt(-1, 3)).isEmpty();
        assertThat(anchor.selectorAt(4, 4)).isEmpty();
    }

    @Test
    void straightQuotesHyphensAndSpacesTypedByAnEditorFindTheArticlesCurlyQuotesDashesAndLineBreaks() {
        String body = "Officials said the plan \u2014 described as \u201Cfinal\u201D \u2014 was the\n  army\u2019s own.";
        QuoteSelector selector = anchored(anchor(body, "plan - described as \"final\" - was the army's own"));

        assertThat(selector.exact()).isEqualTo("plan \u2014 described as \u201Cfinal\u201D \u2014 was the\n  army\u2019s own");
        assertThat(body.substring(selector.start(), selector.end())).isEqualTo(selector.exact());
    }

    @Test
    void anExactMatchIsPreferredToATolerantOne() {
        String body = "He said \"yes\" once and \u201Cyes\u201D twice.";
        QuoteSelector selector = anchored(anchor(body, "\"yes\""));
        assertThat(selector.exact()).isEqualTo("\"yes\"");
        assertThat(selector.start()).isEqualTo(8);
    }

    @Test
    void aOneCharacterQuoteInTheLargestAllowedArticleIsAnsweredInBoundedTime() {
        String body = "\u201C\u00E9".repeat(250_000);
        long started = System.nanoTime();
        QuoteAnchor.Result result = new QuoteAnchor(body).anchor(new QuoteRequest("\u00E9", "\u201C", null, null, null));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(result).isInstanceOf(QuoteAnchor.Ambiguous.class);
        assertThat(((QuoteAnchor.Ambiguous) result).count()).isEqualTo(250_000);
        assertThat(((QuoteAnchor.Ambiguous) result).occurrences()).hasSize(QuoteAnchor.LISTED);
        assertThat(millis).as("regression guard, not a benchmark").isLessThan(10_000);
    }

    @Test
    void theLongestQuoteRepeatedThroughoutTheLargestArticleIsCountedWithinAMemoryBudget() {
        String body = "a".repeat(500_000);
        String quote = "a".repeat(5_000);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        QuoteAnchor.Result result = new QuoteAnchor(body).anchor(new QuoteRequest(quote, null, null, null, null));
        QuoteAnchor.Result withContext = new QuoteAnchor(body)
                .anchor(new QuoteRequest(quote, "a".repeat(500), "a".repeat(500), null, null));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(result).isInstanceOf(QuoteAnchor.Ambiguous.class);
        assertThat(((QuoteAnchor.Ambiguous) result).count()).isEqualTo(495_001);
        assertThat(((QuoteAnchor.Ambiguous) result).occurrences()).hasSize(QuoteAnchor.LISTED)
                .allSatisfy(selector -> assertThat(selector.exact()).hasSize(5_000));
        assertThat(((QuoteAnchor.Ambiguous) withContext).count()).isEqualTo(495_001 - 1_000);
        assertThat(allocated).as("bytes allocated by two anchorings").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void offsetsPickTheOneOccurrenceAmongHundredsOfThousandsOfOverlappingOnes() {
        String body = "\u00E9".repeat(300_000);
        QuoteSelector selector = anchored(new QuoteAnchor(body)
                .anchor(new QuoteRequest("\u00E9".repeat(2_000), null, null, 123_456, 125_456)));

        assertThat(selector.start()).isEqualTo(123_456);
        assertThat(selector.end()).isEqualTo(125_456);
        assertThat(selector.prefix()).hasSize(QuoteAnchor.CONTEXT);
    }
}
