package io.claimtracker.conflict.detect;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A date a statement gives, resolved to the days it may mean ({@code from} to {@code to}, inclusive), or, when
 * nothing anchors it, only a day of the week or a month-and-day; {@code tokenIndex} is the word it was read at.
 */
record DateMention(LocalDate from, LocalDate to, String dayName, String phrase, int tokenIndex) {

    DateMention(LocalDate from, LocalDate to, String dayName, String phrase) {
        this(from, to, dayName, phrase, -1);
    }

    DateMention at(int index) {
        return new DateMention(from, to, dayName, phrase, index);
    }

    boolean resolved() {
        return from != null;
    }

    boolean disjointFrom(DateMention other) {
        if (resolved() && other.resolved()) {
            return to.isBefore(other.from) || other.to.isBefore(from);
        }
        Optional<DayOfWeek> weekday = weekday();
        Optional<DayOfWeek> otherWeekday = other.weekday();
        if (weekday.isPresent() && otherWeekday.isPresent()) {
            return weekday.get() != otherWeekday.get();
        }
        Optional<MonthDay> monthDay = monthDay();
        Optional<MonthDay> otherMonthDay = other.monthDay();
        return monthDay.isPresent() && otherMonthDay.isPresent() && !monthDay.get().equals(otherMonthDay.get());
    }

    /** The day of the week this date falls on: named, or that of the one day it resolves to. */
    private Optional<DayOfWeek> weekday() {
        if (resolved()) {
            return from.equals(to) ? Optional.of(from.getDayOfWeek()) : Optional.empty();
        }
        return java.util.Arrays.stream(DayOfWeek.values())
                .filter(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(dayName))
                .findFirst();
    }

    /** The month and day this date falls on: written without a year, or that of the one day it resolves to. */
    private Optional<MonthDay> monthDay() {
        if (resolved()) {
            return from.equals(to) ? Optional.of(MonthDay.from(from)) : Optional.empty();
        }
        String[] parts = dayName == null ? new String[0] : dayName.split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Month.valueOf(parts[0]), Integer.parseInt(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    String describe() {
        if (!resolved()) {
            return dayName;
        }
        return from.equals(to) ? Dates.DAY.format(from) : Dates.DAY.format(from) + "–" + Dates.DAY.format(to);
    }
}
