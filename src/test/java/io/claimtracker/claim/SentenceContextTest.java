package io.claimtracker.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves a quote's context runs to the edges of its sentence, counts code points, and is clipped when very long. */
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
}
