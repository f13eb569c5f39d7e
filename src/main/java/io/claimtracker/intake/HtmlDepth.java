package io.claimtracker.intake;

import java.util.Locale;
import java.util.Set;

/**
 * Estimates how deeply a page's elements nest, in one pass over its tags and before any parsing, so that a page
 * built to nest thousands of levels deep is refused instead of parsed (tree walks over it cost depth × size).
 * Elements whose end tag may be left out (p, li, td…) and void elements are not counted.
 */
final class HtmlDepth {

    /** Far beyond what pages written for readers reach (a few dozen levels). */
    static final int LIMIT = 400;

    private static final Set<String> NOT_COUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
            "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body");

    private HtmlDepth() {
    }

    private static int closingTag(String html, String name, int from) {
        int at = html.indexOf("</", from);
        while (at >= 0 && !html.regionMatches(true, at + 2, name, 0, name.length())) {
            at = html.indexOf("</", at + 2);
        }
        return at;
    }

    /** The deepest nesting seen, counting only elements that must be closed. */
    static int of(String html) {
        int depth = 0;
        int deepest = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            boolean closing = html.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.length() && nameEnd - nameStart < 12 && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            int tagEnd = html.indexOf('>', nameEnd);
            if (nameEnd == nameStart || tagEnd < 0) {
                i = tagEnd < 0 ? -1 : html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            boolean selfClosing = html.charAt(tagEnd - 1) == '/';
            if (name.equals("script") || name.equals("style")) {
                int end = closing ? tagEnd : closingTag(html, name, tagEnd);
                i = end < 0 ? -1 : html.indexOf('<', closing ? tagEnd : end + 2);
                continue;
            }
            if (!NOT_COUNTED.contains(name) && !selfClosing) {
                depth = closing ? Math.max(0, depth - 1) : depth + 1;
                deepest = Math.max(deepest, depth);
            }
            i = html.indexOf('<', tagEnd);
        }
        return deepest;
    }
}
