package io.claimtracker.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves article text is cut into segments exactly at claim boundaries, overlaps and non-ASCII included. */
class HighlightsTest {

    @Test
    void plainTextIsOneUnclaimedSegment() {
        List<Highlights.Segment<String>> segments = Highlights.split("No claims here.", List.of());
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).claimed()).isFalse();
    }

    @Test
    void claimsSplitTheTextAndOverlapsShareTheirCommonPart() {
        String body = "The deal is close, he said.";
        List<Highlights.Segment<String>> segments = Highlights.split(body, List.of(
                new Highlights.Span<>("a", 4, 17), new Highlights.Span<>("b", 12, 26)));

        assertThat(segments).extracting(Highlights.Segment::text)
                .containsExactly("The ", "deal is ", "close", ", he said", ".");
        assertThat(segments).extracting(Highlights.Segment::claims)
                .containsExactly(List.of(), List.of("a"), List.of("a", "b"), List.of("b"), List.of());
        assertThat(String.join("", segments.stream().map(Highlights.Segment::text).toList())).isEqualTo(body);
    }

    @Test
    void offsetsAreCodePointsSoEmojiAreNeverSplit() {
        String body = "😀 talks 😀 end";
        List<Highlights.Segment<String>> segments = Highlights.split(body, List.of(new Highlights.Span<>("x", 2, 7)));

        assertThat(segments).extracting(Highlights.Segment::text).containsExactly("😀 ", "talks", " 😀 end");
    }

    @Test
    void spansOutsideTheBodyAreIgnored() {
        assertThat(Highlights.split("short", List.of(new Highlights.Span<>("x", 3, 99)))).hasSize(1);
    }
}
