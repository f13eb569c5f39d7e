package io.claimtracker.common.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of English month and weekday names the service reads: full names and the abbreviations news copy
 * uses ("Jan", "Sept"), all lower case.
 */
public final class Calendar {

    /** Every written form of each month, lower case. */
    public static final Map<String, Month> MONTHS;
    /** The twelve full month names, lower case. */
    public static final Set<String> MONTH_NAMES;
    /** The seven weekday names, lower case. */
    public static final Set<String> WEEKDAY_NAMES = Arrays.stream(DayOfWeek.values())
            .map(day -> day.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** A regular-expression group matching any written form of a month (case is left to the caller's flags). */
    public static final String MONTH_PATTERN = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    static {
        Map<String, Month> forms = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            forms.put(name, month);
            forms.put(name.substring(0, 3), month);
        }
        forms.put("sept", Month.SEPTEMBER);
        MONTHS = Map.copyOf(forms);
        MONTH_NAMES = Arrays.stream(Month.values()).map(month -> month.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private Calendar() {
    }

    /** The month a word names, whatever its case, with or without a trailing full stop. */
    public static Optional<Month> month(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = word.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(MONTHS.get(key.endsWith(".") ? key.substring(0, key.length() - 1) : key));
    }
}
