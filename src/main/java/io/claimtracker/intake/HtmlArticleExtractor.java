package io.claimtracker.intake;

import io.claimtracker.common.failure.UnprocessableException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import io.claimtracker.dating.OwnDateEvidence;
import java.util.List;
import java.util.Set;

/**
 * Extracts an article from an HTML page with jsoup: headline, byline, date and outlet from the page's metadata or
 * markup, and the body from the paragraphs of its main text, leaving out navigation, asides, figures and their
 * captions, ads, share prompts and newsletter boxes.
 */
public final class HtmlArticleExtractor {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "figure, figcaption, button, [role=navigation], [role=complementary], [aria-hidden=true], "
            + "[class*=advert], [class*=promo], [class*=newsletter], [class*=share], [class*=related], "
            + "[id*=advert], [id*=newsletter], [class*=caption], .byline, .author, [rel=author], [class*=dateline]";

    private HtmlArticleExtractor() {
    }

    public static Extracted extract(String html, String address) {
        if (html != null && HtmlDepth.of(html) > HtmlDepth.LIMIT) {
            throw new UnprocessableException("Page nested too deeply", "The page's elements nest more "
                    + "than " + HtmlDepth.LIMIT + " levels deep, which no article page does. Paste the article's text "
                    + "instead.");
        }
        Document page = Jsoup.parse(html == null ? "" : html, address == null ? "" : address);
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), text(page.selectFirst("h1")),
                page.title());
        String outlet = first(meta(page, "og:site_name"), meta(page, "application-name"),
                text(page.selectFirst("[itemprop=publisher] [itemprop=name]")));
        LocalDate date = ArticleDates.fromMetadata(first(meta(page, "article:published_time"),
                meta(page, "datePublished"), meta(page, "date"), attr(page.selectFirst("time[datetime]"), "datetime")))
                .or(() -> ArticleDates.find(text(page.selectFirst("time, .date, .dateline, [class*=date]"))))
                .orElse(null);
        List<String> authors = authors(page);
        Set<String> captions = new LinkedHashSet<>();
        page.select("figcaption, [class*=caption]").forEach(caption -> {
            String text = caption.text().strip();
            if (!text.isEmpty()) {
                captions.add(text);
            }
        });
        Element root = mainText(page);
        root.select(FURNITURE).remove();
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Element paragraph : root.select("p, h2, h3, blockquote > p, li")) {
            String text = paragraph.text().strip();
            if (text.isEmpty() || Boilerplate.isBoilerplate(text) || captions.contains(text) || text.equals(title)
                    || (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(text))
                    || (paragraph.tagName().equals("li") && text.split("\\s+").length < 8)) {
                continue;
            }
            if (paragraph.tagName().equals("p") && paragraph.parent() != null
                    && paragraph.parent().tagName().equals("blockquote") && seen.contains(text)) {
                continue;
            }
            paragraphs.add(text);
            seen.add(text);
        }
        String canonical = first(attr(page.selectFirst("link[rel=canonical]"), "abs:href"), meta(page, "og:url"), address);
        String body = String.join("\n\n", new LinkedHashSet<>(paragraphs));
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(date, body);
        List<String> warnings = new ArrayList<>();
        if (date == null && weighed.date() == null && weighed.warnings().isEmpty()) {
            warnings.add("The page gives no publication date; enter it.");
        }
        if (outlet == null) {
            warnings.add("The page does not name its outlet; enter it.");
        }
        if (body.isEmpty()) {
            warnings.add("No article text was found on the page; paste the text instead.");
        }
        warnings.addAll(weighed.warnings());
        return new Extracted(title == null ? "" : title, authors, weighed.date(), weighed.place(), outlet, canonical,
                body, List.copyOf(captions), warnings);
    }

    private static Element mainText(Document page) {
        Element article = page.selectFirst("article [itemprop=articleBody], [itemprop=articleBody], article, main, "
                + "[role=main], #content, .article-body, .story-body");
        if (article != null && article.select("p").size() >= 1) {
            return article.clone();
        }
        Element best = page.body() == null ? page : page.body();
        int most = 0;
        for (Element candidate : page.select("div, section")) {
            int length = candidate.children().select("p").stream().mapToInt(p -> p.text().length()).sum();
            if (length > most) {
                most = length;
                best = candidate;
            }
        }
        return best.clone();
    }

    private static List<String> authors(Document page) {
        Set<String> names = new LinkedHashSet<>();
        for (Element meta : page.select("meta[name=author], meta[property=article:author]")) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty() && !content.startsWith("http")) {
                names.addAll(split(content));
            }
        }
        if (names.isEmpty()) {
            Elements bylines = page.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], "
                    + ".byline, .author");
            for (Element byline : bylines) {
                String text = byline.text().replaceFirst("(?i)^by\\s+", "").strip();
                if (!text.isEmpty() && text.split("\\s+").length <= 12) {
                    names.addAll(split(text));
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",\\s*|\\s+and\\s+")).map(String::strip).filter(name -> !name.isEmpty())
                .toList();
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static String attr(Element element, String name) {
        return element == null ? null : blankToNull(element.attr(name));
    }

    private static String text(Element element) {
        return element == null ? null : blankToNull(element.text());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
