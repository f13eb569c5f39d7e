package io.claimtracker.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lines that belong to a web page's furniture, not to the article: ads, share buttons, prompts, section labels. */
final class Boilerplate {

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("(?i)advertisement"),
            Pattern.compile("(?i)promoted (links|stories|content)"),
            Pattern.compile("(?i)(share|share this( article)?|tweet|email|print|comments?)"),
            Pattern.compile("(?i)(published|updated|world|news|news world news|politics|opinion|live)"),
            Pattern.compile("(?i)\\d+ min(ute)? read"),
            Pattern.compile("(?i).*\\b(sign up|subscribe)\\b.*\\b(newsletter|briefing|updates|inbox)\\b.*"),
            Pattern.compile("(?i).*\\bnewsletter\\b.*\\b(sign up|subscribe|free)\\b.*"),
            Pattern.compile("(?i)(read more|related( articles)?|more on this story|most (read|popular)|recommended)"),
            Pattern.compile("(?i)(follow us|click here|skip to (main )?content|cookie.*|accept (all )?cookies)"));

    private Boilerplate() {
    }

    static boolean isBoilerplate(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return LINES.stream().anyMatch(pattern -> pattern.matcher(lower).matches());
    }
}
