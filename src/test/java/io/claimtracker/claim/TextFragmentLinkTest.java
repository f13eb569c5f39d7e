package io.claimtracker.claim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves deep links to a quote follow the URL text fragment syntax and escape its reserved characters. */
class TextFragmentLinkTest {

    private static QuoteSelector anchored(String body, String exact) {
        return ((QuoteAnchor.Anchored) new QuoteAnchor(body).anchor(new QuoteRequest(exact, null, null, null, null)))
                .selector();
    }

    @Test
    void shortQuoteIsGivenWholeWithWordsOfContextEitherSide() {
        String body = "Officials in the capital said on Tuesday that no agreement had been reached, adding more.";
        String link = TextFragmentLink.of("https://news.example/a", anchored(body, "no agreement had been reached"));

        assertThat(link).isEqualTo("https://news.example/a#:~:text=on%20Tuesday%20that-,"
                + "no%20agreement%20had%20been%20reached,-%2C%20adding");
    }

    @Test
    void longQuoteIsGivenByItsFirstAndLastWords() {
        String exact = "the delegations agreed in principle to share maps of every crossing before winter convoys set out";
        String link = TextFragmentLink.of("https://news.example/b", anchored("He said: " + exact + ".", exact));

        assertThat(link).contains("#:~:text=", "the%20delegations%20agreed%20in,winter%20convoys%20set%20out")
                .doesNotContain("crossing");
    }

    @Test
    void dashesCommasAmpersandsAndNonAsciiAreEscaped() {
        String body = "The US-Russia plan, said Café & Co, was close.";
        String link = TextFragmentLink.of("https://news.example/c#top", anchored(body, "US-Russia plan, said Café & Co"));

        assertThat(link).startsWith("https://news.example/c#:~:text=")
                .contains("US%2DRussia%20plan%2C%20said%20Caf%C3%A9%20%26%20Co")
                .doesNotContain("#top");
    }

    @Test
    void quoteAtTheStartOrEndOfTheBodyHasNoContextOnThatSide() {
        String body = "Nothing is in play, a spokesman said.";
        assertThat(TextFragmentLink.of("https://n.example/d", anchored(body, "Nothing is in play")))
                .isEqualTo("https://n.example/d#:~:text=Nothing%20is%20in%20play,-%2C%20a%20spokesman");
        assertThat(TextFragmentLink.of("https://n.example/d", anchored(body, "spokesman said.")))
                .isEqualTo("https://n.example/d#:~:text=in%20play%2C%20a-,spokesman%20said.");
    }
}
