package io.claimtracker.intake;

import io.claimtracker.dating.OwnDateEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a plain-text article laid out as pages are often saved: an optional date line, the headline, photo
 * captions (often twice in a row), a byline, then paragraphs, with page furniture ("Advertisement", share buttons,
 * newsletter prompts) mixed in. Several articles in one text are separated by a line of three or more '=' signs.
 */
public final class TextArticleParser {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^\\s*={3,}\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y\\s+)?((?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+"
            + "(?:(?:,\\s*|\\s+and\\s+)(?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)*)(?:\\s+in\\s+(\\p{Lu}[\\p{L}\\s-]{1,40}))?$");
    private static final int LONGEST_BYLINE_WORDS = 12;

    private TextArticleParser() {
    }

    /** Splits a text holding several articles at separator lines; a text without separators is one article. */
    public static List<String> split(String text) {
        return Arrays.stream(SEPARATOR.split(text == null ? "" : text)).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
    }

    public static Extracted parse(String text) {
        List<String> lines = (text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n')).lines()
                .map(String::strip).toList();
        List<String> content = new ArrayList<>();
        for (String line : lines) {
            if (!Boilerplate.isBoilerplate(line)) {
                content.add(line);
            }
        }
        int at = skipBlank(content, 0);
        LocalDate date = null;
        if (at < content.size() && ArticleDates.isDateLine(content.get(at))) {
            date = ArticleDates.find(content.get(at)).orElse(null);
            at = skipBlank(content, at + 1);
        }
        String title = at < content.size() ? content.get(at) : "";
        at = skipBlank(content, at + 1);
        if (date == null && at < content.size() && ArticleDates.isDateLine(content.get(at))) {
            date = ArticleDates.find(content.get(at)).orElse(null);
            at = skipBlank(content, at + 1);
        }
        Set<String> captions = new LinkedHashSet<>();
        while (at + 1 < content.size() && !content.get(at).isEmpty() && content.get(at).equals(content.get(at + 1))) {
            captions.add(content.get(at));
            at = skipBlank(content, at + 2);
        }
        List<String> authors = List.of();
        String dateline = null;
        if (at < content.size()) {
            Optional<Matcher> byline = byline(content.get(at));
            if (byline.isPresent()) {
                authors = names(byline.get().group(1));
                dateline = byline.get().group(2) == null ? null : byline.get().group(2).strip();
                at = skipBlank(content, at + 1);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = at; i < content.size(); i++) {
            String line = content.get(i);
            if (line.isEmpty()) {
                flush(paragraph, paragraphs, captions, title);
            } else {
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flush(paragraph, paragraphs, captions, title);
        String body = String.join("\n\n", paragraphs);
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(date, body);
        List<String> warnings = new ArrayList<>();
        if (date == null && weighed.date() == null && weighed.warnings().isEmpty()) {
            warnings.add("No date line was found; enter the publication date.");
        }
        warnings.addAll(weighed.warnings());
        return new Extracted(title, authors, weighed.date(), dateline == null ? weighed.place() : dateline, null, null,
                body, List.copyOf(captions), warnings);
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs, Set<String> captions, String title) {
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (text.isEmpty() || captions.contains(text) || text.equals(title)) {
            return;
        }
        if (paragraphs.contains(text)) {
            return;
        }
        paragraphs.add(text);
    }

    private static Optional<Matcher> byline(String line) {
        if (line.split("\\s+").length > LONGEST_BYLINE_WORDS || line.endsWith(".") || line.endsWith("\"")) {
            return Optional.empty();
        }
        Matcher matcher = BYLINE.matcher(line);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    private static List<String> names(String group) {
        return Arrays.stream(group.split(",\\s*|\\s+and\\s+")).map(String::strip).filter(name -> !name.isEmpty())
                .collect(Collectors.toList());
    }

    private static int skipBlank(List<String> lines, int from) {
        int at = from;
        while (at < lines.size() && lines.get(at).isEmpty()) {
            at++;
        }
        return at;
    }
}
