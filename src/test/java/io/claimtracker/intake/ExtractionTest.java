package io.claimtracker.intake;

import io.claimtracker.common.failure.UnprocessableException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves text and HTML extraction on fixtures written for the purpose: metadata, body, removed furniture, warnings. */
class ExtractionTest {

    static String fixture(String name) throws IOException {
        try (InputStream in = ExtractionTest.class.getResourceAsStream("/intake/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void textLayoutGivesDateHeadlineBylineDatelineAndACleanBody() throws IOException {
        Extracted article = TextArticleParser.parse(fixture("harbour.txt"));

        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2023, 3, 8));
        assertThat(article.title()).isEqualTo("Harbour cranes return after winter repairs");
        assertThat(article.authors()).containsExactly("Maria Keller");
        assertThat(article.dateline()).isEqualTo("Rostock");
        assertThat(article.captions()).containsExactly("Two cranes at the east quay");
        assertThat(article.body()).startsWith("The harbour authority said on Tuesday")
                .contains("\"We expect the first container ship", "faulty winch.")
                .doesNotContain("Advertisement", "Share", "newsletter", "Promoted Links", "Two cranes at the east quay");
        assertThat(article.body().split("\n\n")).hasSize(3);
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void bylineWithTwoAuthorsAndNoDatelineIsRead() throws IOException {
        Extracted article = TextArticleParser.parse(fixture("orchard.txt"));
        assertThat(article.authors()).containsExactly("Lena Vogt", "Paul Meyer");
        assertThat(article.dateline()).isNull();
        assertThat(article.body()).startsWith("Apple growers");
    }

    @Test
    void textWithoutADateLineAsksForTheDate() {
        Extracted article = TextArticleParser.parse("Council approves budget\n\nThe council approved the budget.");
        assertThat(article.title()).isEqualTo("Council approves budget");
        assertThat(article.publishedAt()).isNull();
        assertThat(article.warnings()).anyMatch(warning -> warning.contains("No date line"));
    }

    @Test
    void aPastedPageWhoseDateLineTheTextContradictsComesInWithoutThatDate() {
        String page = "Tuesday 20 February 2018\n\nMinisters agree accord on river shipping\n\n"
                + "The ministers met on Friday 9 September and signed the accord on Saturday 10 September.\n\n"
                + "Barges will be allowed to pass the locks at night from next month.";

        Extracted article = TextArticleParser.parse(page);

        assertThat(article.publishedAt()).isNull();
        assertThat(article.warnings()).anyMatch(warning -> warning.contains("20 February 2018")
                && warning.contains("in 2016"));
    }

    @Test
    void dateThatContradictsTheTextIsWarnedAbout() throws IOException {
        Extracted article = TextArticleParser.parse(fixture("stale-date.txt"));
        assertThat(article.warnings()).hasSize(2);
        assertThat(article.warnings()).anyMatch(warning -> warning.contains("\"last month\" next to 2021")
                && warning.contains("3 years before"));
        assertThat(article.warnings()).anyMatch(warning -> warning.contains("mentions 2026, after the article's date"));
    }

    @Test
    void severalArticlesInOneTextAreSplitAtSeparatorLines() {
        assertThat(TextArticleParser.split("First\n\nOne.\n=====\nSecond\n\nTwo.\n  ===  \n")).hasSize(2);
        assertThat(TextArticleParser.split("Just one\n\nText with a == sign.")).hasSize(1);
    }

    @Test
    void datesAreReadInTheFormsNewsPagesUse() {
        assertThat(ArticleDates.find("Tuesday 20 February 2018")).contains(LocalDate.of(2018, 2, 20));
        assertThat(ArticleDates.find("Feb. 20, 2018")).contains(LocalDate.of(2018, 2, 20));
        assertThat(ArticleDates.find("Updated 2018-02-20 10:15")).contains(LocalDate.of(2018, 2, 20));
        assertThat(ArticleDates.find("20/02/2018")).contains(LocalDate.of(2018, 2, 20));
        assertThat(ArticleDates.find("31 February 2018")).isEmpty();
        assertThat(ArticleDates.isDateLine("Sunday, 3 September 2017")).isTrue();
        assertThat(ArticleDates.isDateLine("Talks resumed on 3 September 2017 in Geneva")).isFalse();
    }

    @Test
    void htmlPageGivesMetadataAndBodyWithoutFurnitureOrCaptions() throws IOException {
        Extracted article = HtmlArticleExtractor.extract(fixture("page.html"), "https://courier.example/x?utm=1");

        assertThat(article.title()).isEqualTo("Library reopens after flood");
        assertThat(article.outlet()).isEqualTo("Valley Courier");
        assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2023, 4, 11));
        assertThat(article.authors()).containsExactly("Tomas Rieger");
        assertThat(article.url()).isEqualTo("https://courier.example/news/library-reopens");
        assertThat(article.captions()).containsExactly("Volunteers carry books back to the shelves");
        assertThat(List.of(article.body().split("\n\n"))).containsExactly(
                "The town library reopened on Monday, six weeks after the river flooded its ground floor.",
                "\"Most of the children's books were saved,\" the head librarian, Anja Weiss, said.",
                "The council said repairs cost about 40,000 euros.");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void htmlWithoutMetadataStillFindsTheTextAndAsksForWhatIsMissing() {
        Extracted article = HtmlArticleExtractor.extract("<html><body><div><h1>Pier closes</h1><p>The pier closed "
                + "for the season on Sunday.</p><p>It reopens in April.</p></div></body></html>", null);
        assertThat(article.title()).isEqualTo("Pier closes");
        assertThat(article.body()).isEqualTo("The pier closed for the season on Sunday.\n\nIt reopens in April.");
        assertThat(article.warnings()).anyMatch(w -> w.contains("no publication date"))
                .anyMatch(w -> w.contains("outlet"));
    }

    @Test
    void pagesNestedThousandsOfLevelsDeepAreRefusedAtOnceWithAMessage() {
        for (int levels : new int[] {20_000, 2_097_152 / 11}) {
            String html = "<html><body>" + "<div>".repeat(levels) + "<p>text</p>" + "</div>".repeat(levels) + "</body></html>";
            long started = System.nanoTime();
            assertThatThrownBy(() -> HtmlArticleExtractor.extract(html, null))
                    .isInstanceOf(io.claimtracker.common.failure.UnprocessableException.class)
                    .hasMessageContaining("nest");
            assertThat((System.nanoTime() - started) / 1_000_000).as("regression guard").isLessThan(5_000);
        }
    }

    @Test
    void largestAllowedPagesOfManyParagraphsOrNestingJustUnderTheLimitAreExtractedInBoundedTime() {
        String deep = "<div>".repeat(HtmlDepth.LIMIT - 5) + "<p>The ferry resumed service on Monday.</p>".repeat(20_000)
                + "</div>".repeat(HtmlDepth.LIMIT - 5);
        String flat = "<article>" + "<p>Paragraph with some words in it.</p><blockquote><p>q</p></blockquote>".repeat(28_000)
                + "</article>";
        String lists = "<ul>".repeat(300) + "<li>one two three four five six seven eight nine</li>".repeat(30_000)
                + "</ul>".repeat(300);
        for (String html : java.util.List.of(deep, flat, lists)) {
            long started = System.nanoTime();
            Extracted extracted = HtmlArticleExtractor.extract(html, null);
            assertThat(extracted.body()).isNotEmpty();
            assertThat((System.nanoTime() - started) / 1_000_000).as("regression guard, %d chars", html.length())
                    .isLessThan(30_000);
        }
    }
}
