package io.claimtracker.conflict.detect;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the model reads relative day words as the weekdays they mean, and undated text unchanged. */
class DayNamesTest {

    private static final LocalDate SATURDAY = LocalDate.of(2016, 9, 10);

    @Test
    void relativeDayWordsBecomeTheWeekdaysTheyMeanOnTheArticleDate() {
        assertThat(DayNames.forModel(Statement.of("The talks began yesterday.", SATURDAY)))
                .isEqualTo("The talks began Friday.");
        assertThat(DayNames.forModel(Statement.of("Today the ministers meet; tomorrow's vote follows.", SATURDAY)))
                .isEqualTo("Saturday the ministers meet; Sunday's vote follows.");
        assertThat(DayNames.forModel(Statement.of("Convoys will move tonight, officials in Genève said.", SATURDAY)))
                .isEqualTo("Convoys will move Saturday night, officials in Genève said.");
    }

    @Test
    void wordsThatOnlyContainADayWordAndUndatedStatementsAreLeftAlone() {
        assertThat(DayNames.forModel(Statement.of("Todays and yesterdays are not dates.", SATURDAY)))
                .isEqualTo("Todays and yesterdays are not dates.");
        assertThat(DayNames.forModel(Statement.of("The talks began yesterday.")))
                .isEqualTo("The talks began yesterday.");
    }

    @Test
    void aLongStatementIsRewrittenInOnePass() {
        String body = "Élus et diplomates ont parlé hier; the talks began yesterday. ".repeat(20_000);
        String rewritten = DayNames.forModel(Statement.of(body, SATURDAY));
        assertThat(rewritten).doesNotContain("yesterday").contains("Friday");
        assertThat(rewritten).hasSize(body.length() + 20_000 * ("Friday".length() - "yesterday".length()));
    }
}
