package io.claimtracker.dating;

import io.claimtracker.conflict.detect.EventDating;
import io.claimtracker.conflict.detect.WordNetSenses;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the date check, without a service: an article is warned when a relative date or a deal's stage disagrees
 * with an article whose date an editor confirmed, or a claim gives a role outside its period, and correctly dated
 * articles (an earlier stage, another event, a new deal, a near day, a confirmed date) are left alone.
 */
class DatingCheckTest {

    private static final DatingCheck CHECK = new DatingCheck(new EventDating(WordNetSenses.load()));
    private static final DatingCheck.Prepared SIGNED = trusted(1, "Lisbon and Madrid sign fisheries pact",
            "2021-03-06", "Portugal and Spain signed the fisheries agreement in Lisbon on Friday, ending two years of "
                    + "talks over the Atlantic quotas. Fishing crews in Vigo welcomed it.");
    private static final DatingCheck.Prepared REOPENED = trusted(2, "Harbour bridge back in use", "2021-03-05",
            "The harbour bridge in Porto was reopened to lorries on Thursday after eight weeks of repairs.");

    private static DatingCheck.Prepared trusted(long id, String title, String date, String body) {
        return CHECK.prepare(new DatingCheck.Source(id, title, LocalDate.parse(date), true, body, List.of()));
    }

    private static List<DateWarning> check(String date, String body, List<DatingCheck.GivenRole> roles) {
        DatingCheck.Prepared doubted = CHECK.prepare(new DatingCheck.Source(99, "Doubted", LocalDate.parse(date),
                false, body, List.of()));
        return CHECK.check(doubted, roles, List.of(SIGNED, REOPENED));
    }

    @Test
    void aRelativeDatePuttingAnEventMonthsFromAConfirmedAccountIsWarnedWithTheDateThatFits() {
        List<DateWarning> warnings = check("2023-06-10", "Lorries crossed the harbour bridge in Porto again yesterday, "
                + "when it was reopened after eight weeks of repairs, the city said.", List.of());
        assertThat(warnings).hasSize(1);
        DateWarning warning = warnings.get(0);
        assertThat(warning.kind()).isEqualTo(DateWarning.Kind.EVENT_DATE);
        assertThat(warning.suggestedFrom()).isEqualTo(LocalDate.parse("2021-03-05"));
        assertThat(warning.suggestedTo()).isEqualTo(LocalDate.parse("2021-03-05"));
        assertThat(warning.applicable()).isTrue();
        assertThat(warning.message()).contains("yesterday", "Harbour bridge back in use", "4 March 2021");
        assertThat(warning.evidence()).extracting(DateWarning.Evidence::articleId).containsExactly(99L, 2L);
    }

    @Test
    void aDealToldAsStillToComeLongAfterAConfirmedArticleReportsItDoneIsWarned() {
        List<DateWarning> warnings = check("2022-01-14", "Portugal and Spain are close to a fisheries agreement on "
                + "the Atlantic quotas, officials in Lisbon said.", List.of());
        assertThat(warnings).extracting(DateWarning::kind).containsExactly(DateWarning.Kind.STAGE);
        assertThat(warnings.get(0).message()).contains("still to come", "Lisbon and Madrid sign fisheries pact");
        assertThat(warnings.get(0).suggestedTo()).isEqualTo(LocalDate.parse("2021-03-05"));
        assertThat(warnings.get(0).applicable()).isFalse();
    }

    @Test
    void correctlyDatedArticlesAreNotWarned() {
        assertThat(check("2021-02-20", "Portugal and Spain are close to a fisheries agreement on the Atlantic quotas, "
                + "officials in Lisbon said.", List.of())).as("told as to come before it was done").isEmpty();
        assertThat(check("2023-01-10", "Portugal and Spain are close to a new fisheries agreement on the Atlantic "
                + "quotas, officials in Lisbon said.", List.of())).as("a new deal is the story moving on").isEmpty();
        assertThat(check("2023-06-10", "The museum in Porto was reopened to visitors yesterday after a year of "
                + "repairs.", List.of())).as("another event on another day").isEmpty();
        assertThat(check("2023-06-10", "Lorries crossed the harbour bridge in Braga again yesterday, when it was "
                + "reopened after eight weeks of repairs, the city said.", List.of())).as("the same kind of event in "
                + "another city").isEmpty();
        assertThat(check("2021-03-12", "Lorries crossed the harbour bridge in Porto again on Monday, after it was "
                + "reopened following eight weeks of repairs.", List.of())).as("days apart is a conflict for the "
                + "detector, not a misdated article").isEmpty();
        assertThat(check("2016-07-14", "The secretary of state flew to Moscow.", List.of(new DatingCheck.GivenRole(
                "Jon Carey", "Secretary of State", List.of(new DatingCheck.Period("Secretary of State",
                LocalDate.parse("2013-02-01"), LocalDate.parse("2017-01-20"))))))).as("a role within its period").isEmpty();
    }

    @Test
    void aRoleOutsideTheSpeakerRecordsPeriodIsWarnedAndAConfirmedDateIsNeverWarned() {
        List<DatingCheck.GivenRole> roles = List.of(new DatingCheck.GivenRole("Jon Carey", "Secretary of State",
                List.of(new DatingCheck.Period("Secretary of State", LocalDate.parse("2013-02-01"),
                        LocalDate.parse("2017-01-20")))));
        List<DateWarning> warnings = check("2018-03-17", "The secretary of state flew to Moscow.", roles);
        assertThat(warnings).extracting(DateWarning::kind).containsExactly(DateWarning.Kind.ROLE);
        assertThat(warnings.get(0).message()).contains("Jon Carey", "20 January 2017", "17 March 2018");

        DatingCheck.Prepared confirmed = CHECK.prepare(new DatingCheck.Source(98, "Confirmed",
                LocalDate.parse("2018-03-17"), true, "Portugal and Spain are close to a fisheries agreement.", List.of()));
        assertThat(CHECK.check(confirmed, roles, List.of(SIGNED))).isEmpty();
    }

    @Test
    void theLongestAllowedArticleIsReadOnlyUpToTheSentenceCap() {
        StringBuilder body = new StringBuilder();
        while (body.length() < 500_000) {
            body.append("Über die Brücke in Porto fuhren gestern wieder Lastwagen, sagte die Stadt am Montag. ");
        }
        DatingCheck.Prepared doubted = CHECK.prepare(new DatingCheck.Source(97, "Long", LocalDate.parse("2023-06-10"),
                false, body.toString(), List.of()));
        assertThat(CHECK.check(doubted, List.of(), List.of(SIGNED, REOPENED))).isEmpty();
    }
}
