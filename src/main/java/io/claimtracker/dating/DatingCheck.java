package io.claimtracker.dating;

import io.claimtracker.common.text.Sentence;
import io.claimtracker.common.text.Sentences;
import io.claimtracker.conflict.detect.EventDating;
import io.claimtracker.conflict.detect.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one article's stated date against articles whose dates editors confirmed, against the role periods of
 * the speakers its claims quote, and against its own text. Plain Java: the service gathers the records.
 */
public final class DatingCheck {

    /** Sentences read per article at most; beyond them an article's text adds little and costs time. */
    static final int MAX_SENTENCES = 400;
    private static final int MAX_WARNINGS = 8;
    /** Sentences that, with the headline, name what an article is about, for statements that name nothing. */
    private static final int OPENING_SENTENCES = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern CUE = Pattern.compile("(?i)\\b(yesterday|tomorrow|today|tonight|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
            + "september|october|november|december|last (week|month|year)|next (week|month|year)|this (week|month)|"
            + "deals?|agreements?|accords?|pacts?|alliances?|truces?|ceasefires?|understandings?|arrangements?)\\b");

    private final EventDating dating;

    public DatingCheck(EventDating dating) {
        this.dating = dating;
    }

    /** An article as the check needs it; {@code statements} are its claims' statements and quotes. */
    public record Source(long id, String title, LocalDate date, boolean confirmed, String body,
                         List<String> statements) {
    }

    /** A role a claim gives its speaker, and the periods the speaker record holds for roles of that name. */
    public record GivenRole(String speaker, String role, List<Period> periods) {
    }

    /** A dated role on the speaker record, both ends inclusive and either may be open. */
    public record Period(String title, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }
    }

    /** An article's dated statements, read once and reusable while the article is unchanged. */
    public static final class Prepared {
        private final Source source;
        private final List<Item> items;
        private final List<String> ownText;

        private Prepared(Source source, List<Item> items) {
            this.source = source;
            this.items = items;
            this.ownText = source.date() == null ? List.of() : DateConsistency.warnings(source.date(), source.body());
        }

        public Source source() {
            return source;
        }
    }

    private record Item(String words, EventDating.Reading reading) {
    }

    /** An article with nothing read: enough to check its own text and roles when no confirmed article exists. */
    public Prepared bare(Source source) {
        return new Prepared(source, List.of());
    }

    /** Reads the sentences and claims that give a date or a deal's stage; linear in the text, capped in sentences. */
    public Prepared prepare(Source source) {
        List<Item> items = new ArrayList<>();
        if (source.date() == null) {
            return new Prepared(source, items);
        }
        Set<String> seen = new HashSet<>();
        List<String> texts = new ArrayList<>(source.statements());
        StringBuilder opening = new StringBuilder(source.title() == null ? "" : source.title()).append(". ");
        int read = 0;
        for (Sentence sentence : Sentences.of(source.body() == null ? "" : source.body())) {
            if (read++ >= MAX_SENTENCES) {
                break;
            }
            texts.add(sentence.text());
            if (read <= OPENING_SENTENCES) {
                opening.append(sentence.text()).append(' ');
            }
        }
        Set<String> context = dating.names(opening.toString());
        for (String text : texts) {
            String words = text.strip();
            if (words.isEmpty() || !seen.add(words) || !CUE.matcher(words).find()) {
                continue;
            }
            EventDating.Reading reading = dating.read(Statement.of(words, source.date()), context);
            if (reading.datesSomething()) {
                items.add(new Item(words, reading));
            }
        }
        return new Prepared(source, List.copyOf(items));
    }

    /** The warnings for {@code doubted}; none when an editor confirmed its date or it has none. */
    public List<DateWarning> check(Prepared doubted, List<GivenRole> roles, List<Prepared> trusted) {
        Source article = doubted.source;
        if (article.date() == null || article.confirmed()) {
            return List.of();
        }
        List<DateWarning> warnings = new ArrayList<>();
        doubted.ownText.forEach(message -> warnings.add(
                new DateWarning(DateWarning.Kind.OWN_TEXT, message, List.of(), null, null)));
        roleWarnings(article, roles).forEach(warnings::add);
        for (Prepared other : trusted) {
            if (other.source.id() == article.id() || !other.source.confirmed() || warnings.size() >= MAX_WARNINGS) {
                continue;
            }
            clashWith(doubted, other).ifPresent(warnings::add);
        }
        return List.copyOf(warnings);
    }

    private Optional<DateWarning> clashWith(Prepared doubted, Prepared other) {
        for (Item mine : doubted.items) {
            for (Item theirs : other.items) {
                Optional<EventDating.Clash> clash = dating.compare(mine.reading(), theirs.reading());
                if (clash.isPresent()) {
                    return Optional.of(warning(doubted.source, mine, other.source, theirs, clash.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static DateWarning warning(Source article, Item mine, Source other, Item theirs, EventDating.Clash clash) {
        List<DateWarning.Evidence> evidence = List.of(
                new DateWarning.Evidence(article.id(), article.title(), article.date(), false, mine.words()),
                new DateWarning.Evidence(other.id(), other.title(), other.date(), true, theirs.words()));
        String confirmed = "“" + other.title() + "”, dated " + DAY.format(other.date()) + " by an editor,";
        if (clash.kind() == EventDating.Kind.EVENT_DATE) {
            String fit = clash.suggestedFrom() == null ? "" : " An article date of " + range(clash.suggestedFrom(),
                    clash.suggestedTo()) + " would make them agree.";
            return new DateWarning(DateWarning.Kind.EVENT_DATE, "“" + clash.doubtedPhrase() + "” puts the "
                    + clash.event() + " on " + range(clash.doubtedFrom(), clash.doubtedTo()) + " if this article is "
                    + "dated " + DAY.format(article.date()) + "; " + confirmed + " puts it on "
                    + range(clash.trustedFrom(), clash.trustedTo()) + "." + fit, evidence, clash.suggestedFrom(),
                    clash.suggestedTo());
        }
        boolean stillToCome = clash.suggestedTo().equals(clash.trustedTo());
        String message = stillToCome
                ? "This article tells the " + clash.event() + " as still to come (“" + clash.doubtedPhrase() + "”), "
                + "but " + confirmed + " reports it done (“" + clash.trustedPhrase() + "”) by "
                + DAY.format(clash.trustedTo()) + ". The article may date from before then."
                : "This article reports the " + clash.event() + " done (“" + clash.doubtedPhrase() + "”), but "
                + confirmed + " still tells it as to come (“" + clash.trustedPhrase() + "”) on "
                + DAY.format(clash.trustedTo()) + ". The article may date from after then.";
        return new DateWarning(DateWarning.Kind.STAGE, message, evidence, clash.suggestedFrom(), clash.suggestedTo());
    }

    private static List<DateWarning> roleWarnings(Source article, List<GivenRole> roles) {
        Map<String, DateWarning> found = new LinkedHashMap<>();
        for (GivenRole given : roles) {
            List<Period> named = given.periods().stream().filter(period -> period.from() != null || period.to() != null)
                    .toList();
            if (given.role() == null || named.isEmpty() || named.stream().anyMatch(period -> period.covers(article.date()))) {
                continue;
            }
            Period period = named.get(0);
            String held = (period.from() == null ? "an unknown date" : DAY.format(period.from())) + " to "
                    + (period.to() == null ? "today" : DAY.format(period.to()));
            found.putIfAbsent(given.speaker() + "|" + given.role(), new DateWarning(DateWarning.Kind.ROLE,
                    "A claim gives " + given.speaker() + " the role “" + given.role() + "”, which the speaker record "
                            + "dates from " + held + "; this article is dated " + DAY.format(article.date()) + ".",
                    List.of(new DateWarning.Evidence(article.id(), article.title(), article.date(), false,
                            given.speaker() + ", " + given.role())), period.from(), period.to()));
        }
        return List.copyOf(found.values());
    }

    private static String range(LocalDate from, LocalDate to) {
        if (from == null) {
            return "an unknown day";
        }
        return from.equals(to) || to == null ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }
}
