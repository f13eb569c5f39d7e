package io.claimtracker.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves a quote's context runs to the edges of its sentence, counts code points, and is clipped when very long, also
 * for thousands of quotes in the largest article accepted, whose one "sentence" has no end.
 */
class SentenceContextTest {

    private static SentenceContext around(String body, String quote) {
        int at = body.indexOf(quote);
        int start = body.codePointCount(0, at);
        return SentenceContext.around(body, start, start + quote.codePointCount(0, quote.length()));
    }

    @Test
    void contextIsTheRestOfTheQuotesSentence() {
        SentenceContext context = around("The dam held. Engineers said the water level fell overnight, "
                + "and roads reopened. Schools stay shut.", "the water level fell");
        assertThat(context.before()).isEqualTo("Engineers said ");
        assertThat(context.after()).isEqualTo(" overnight, and roads reopened.");
        assertThat(context.clippedBefore()).isFalse();
    }

    @Test
    void quotationMarksAndParagraphBreaksEndSentences() {
        SentenceContext context = around("Headline here\n\n\"We will rebuild,\" the mayor said. Next.", "We will rebuild");
        assertThat(context.before()).isEqualTo("\"");
        assertThat(context.after()).isEqualTo(",\" the mayor said.");
    }

    @Test
    void offsetsAreCodePointsAndLongSentencesAreClipped() {
        String body = "🚢🚢 " + "word ".repeat(100) + "the quay closed" + " again".repeat(80) + ".";
        SentenceContext context = around(body, "the quay closed");
        assertThat(context.clippedBefore()).isTrue();
        assertThat(context.before()).hasSize(SentenceContext.LONGEST).endsWith("word ");
        assertThat(context.clippedAfter()).isTrue();
        assertThat(context.after()).startsWith(" again");
    }

    @Test
    void theLargestArticleGivesEachOfThousandsOfQuotesItsBoundedContext() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 499_000) {
            text.append("ż🚢");
        }
        String body = text.append("a".repeat(500_000 - text.codePointCount(0, text.length()))).toString();
        int length = body.codePointCount(0, body.length());
        assertThat(length).isEqualTo(500_000);
        for (int quote = 0; quote < 2_500; quote++) {
            int start = quote * 199;
            SentenceContext context = SentenceContext.around(body, start, start + 5);
            int from = body.offsetByCodePoints(0, start);
            int to = body.offsetByCodePoints(from, 5);
            String before = body.substring(Math.max(0, from - SentenceContext.LONGEST), from);
            assertThat(context.before()).as("the words before quote %d", quote).isEqualTo(before);
            assertThat(context.clippedBefore()).isEqualTo(from > SentenceContext.LONGEST);
            assertThat(context.after()).isEqualTo(body.substring(to, to + SentenceContext.LONGEST));
            assertThat(context.clippedAfter()).isTrue();
        }
    }
}
