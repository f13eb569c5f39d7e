package io.claimtracker.dating;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that an article's date comes from its own evidence: a dateline with its year dates an undated article, a
 * page date the dateline or the text's weekday dates contradict is doubted and not taken, each doubt names its
 * evidence, and weak evidence (one weekday date that misses, a dateline a day off) changes nothing.
 */
class OwnDateEvidenceTest {

    private static final String FERRY = " - The ferry operator said on Wednesday it would add two crossings a day"
            + " from the spring, after a winter in which storms cancelled dozens of sailings.";

    @Test
    void aDatelineWithItsYearDatesAnUndatedArticle() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(null, "ABUJA, Nov 1, 2014 (Reuters)" + FERRY);

        assertThat(weighed.date()).isEqualTo(LocalDate.of(2014, 11, 1));
        assertThat(weighed.place()).isEqualTo("ABUJA");
        assertThat(weighed.warnings()).singleElement().asString().contains("from the dateline “ABUJA, Nov 1, 2014 (Reuters)”");
    }

    @Test
    void aDatelineWithoutAYearNamesTheDayButTakesNone() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(null, "Oct 6 (Reuters)" + FERRY);

        assertThat(weighed.date()).isNull();
        assertThat(weighed.warnings()).singleElement().asString().contains("“Oct 6 (Reuters)”").contains("6 October")
                .contains("without a year");
    }

    @Test
    void aPageDateTheDatelineContradictsIsDoubtedAndNotTaken() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(LocalDate.of(2018, 2, 20),
                "LAGOS, Sept 9 (Reuters)" + FERRY);

        assertThat(weighed.date()).isNull();
        assertThat(weighed.warnings()).anyMatch(warning -> warning.contains("20 February 2018")
                && warning.contains("“LAGOS, Sept 9 (Reuters)”") && warning.contains("9 September"));
        assertThat(weighed.warnings()).anyMatch(warning -> warning.contains("was not taken"));
    }

    @Test
    void aDatelineThatWritesItsYearReplacesAContradictedPageDate() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(LocalDate.of(2018, 2, 20),
                "LAGOS, Sept 9, 2016 (Reuters)" + FERRY);

        assertThat(weighed.date()).isEqualTo(LocalDate.of(2016, 9, 9));
        assertThat(weighed.warnings()).anyMatch(warning -> warning.contains("9 September 2016, was taken instead"));
    }

    @Test
    void aDatelineWithinTwoDaysOfThePageDateRaisesNothing() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(LocalDate.of(2014, 10, 7), "Oct 6 (Reuters)" + FERRY);

        assertThat(weighed.date()).isEqualTo(LocalDate.of(2014, 10, 7));
        assertThat(weighed.warnings()).isEmpty();
    }

    @Test
    void weekdayDatesThatFitAnotherYearDoubtThePageDateAndNameThatYear() {
        String body = "The ministers met on Friday 9 September and signed the accord on Saturday 10 September, "
                + "officials said.";

        OwnDateEvidence.Weighed doubted = OwnDateEvidence.weigh(LocalDate.of(2018, 3, 17), body);
        OwnDateEvidence.Weighed fitting = OwnDateEvidence.weigh(LocalDate.of(2016, 9, 12), body);

        assertThat(doubted.date()).isNull();
        assertThat(doubted.warnings()).anyMatch(warning -> warning.contains("“Friday 9 September”")
                && warning.contains("in 2016") && warning.contains("not around 2018"));
        assertThat(fitting.date()).isEqualTo(LocalDate.of(2016, 9, 12));
        assertThat(fitting.warnings()).isEmpty();
    }

    @Test
    void oneWeekdayDateThatMissesIsTakenForASlipOfTheText() {
        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(LocalDate.of(2014, 11, 26),
                "The attack began early on Tuesday 17 November, the police chief said.");

        assertThat(weighed.date()).isEqualTo(LocalDate.of(2014, 11, 26));
        assertThat(weighed.warnings()).isEmpty();
    }

    @Test
    void theLargestBodyIsReadOnceWithAtMostTwentyWeekdayDates() {
        StringBuilder body = new StringBuilder("Oct 6 (Reuters) - ");
        while (body.length() < 2_000_000) {
            body.append("Über den Fluss fuhr am Saturday 10 September ein Schiff. ");
        }

        OwnDateEvidence.Weighed weighed = OwnDateEvidence.weigh(LocalDate.of(2016, 10, 6), body.toString());

        assertThat(weighed.date()).isEqualTo(LocalDate.of(2016, 10, 6));
        assertThat(weighed.warnings()).isEmpty();
    }
}
