package io.claimtracker.conflict.detect;

import java.time.LocalDate;

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
        return dayName != null && other.dayName != null && !dayName.equals(other.dayName);
    }

    String describe() {
        if (!resolved()) {
            return dayName;
        }
        return from.equals(to) ? Dates.DAY.format(from) : Dates.DAY.format(from) + "–" + Dates.DAY.format(to);
    }
}
