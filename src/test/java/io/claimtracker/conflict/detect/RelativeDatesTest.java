package io.claimtracker.conflict.detect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that relative dates resolve as a reader of the article would: past reports look back, what "will" or
 * "would" happen looks forward, a month alone is the nearest one that fits the tense, and weeks, years and year
 * boundaries fall where the calendar puts them. Each row: the statement, the article's date, and the first and last
 * day the statement's first date may mean.
 */
class RelativeDatesTest {

    @ParameterizedTest(name = "{0} ({1}) → {2}…{3}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks ended on Friday.                                   | 2014-11-08 | 2014-11-07 | 2014-11-07
            The talks ended on Friday night.                             | 2014-11-08 | 2014-11-07 | 2014-11-07
            The minister arrived on Saturday.                            | 2014-11-08 | 2014-11-08 | 2014-11-08
            The talks will resume on Friday.                             | 2014-11-08 | 2014-11-14 | 2014-11-14
            Officials said the talks would resume on Monday.             | 2014-11-08 | 2014-11-10 | 2014-11-10
            Officials said on Monday that the plan was ready.            | 2014-11-08 | 2014-11-03 | 2014-11-03
            The vote is scheduled for Tuesday.                           | 2014-11-08 | 2014-11-11 | 2014-11-11
            The envoy met rebels last Tuesday.                           | 2014-11-08 | 2014-11-04 | 2014-11-04
            The envoy will meet rebels next Tuesday.                     | 2014-11-08 | 2014-11-11 | 2014-11-11
            A truce was agreed in February.                              | 2016-09-20 | 2016-02-01 | 2016-02-29
            A truce will be agreed in February.                          | 2016-09-20 | 2017-02-01 | 2017-02-28
            The envoy said a truce would be agreed in February.          | 2016-09-20 | 2017-02-01 | 2017-02-28
            A truce agreed in February collapsed, and talks will resume. | 2016-09-20 | 2016-02-01 | 2016-02-29
            The company cut jobs in December.                            | 2015-01-05 | 2014-12-01 | 2014-12-31
            The company will cut jobs in December.                       | 2015-01-05 | 2015-12-01 | 2015-12-31
            The company will report results in January.                 | 2014-12-20 | 2015-01-01 | 2015-01-31
            The company reported results in January.                    | 2014-12-20 | 2014-01-01 | 2014-01-31
            The strike happened in September.                            | 2014-09-15 | 2014-09-01 | 2014-09-30
            Shares fell on 3 October.                                    | 2014-10-06 | 2014-10-03 | 2014-10-03
            Shares fell on October 3.                                    | 2014-10-06 | 2014-10-03 | 2014-10-03
            Shares fell on 3 October 2013.                               | 2014-10-06 | 2013-10-03 | 2013-10-03
            The team moved to Denver in 1995.                            | 2014-08-27 | 1995-01-01 | 1995-12-31
            The league expanded in the 1990s, not in 2014.               | 2014-08-27 | 2014-01-01 | 2014-12-31
            The aide was killed yesterday.                               | 2014-11-09 | 2014-11-08 | 2014-11-08
            The aide was killed yesterday.                               | 2015-01-01 | 2014-12-31 | 2014-12-31
            The talks resume tomorrow.                                   | 2014-12-31 | 2015-01-01 | 2015-01-01
            The talks are being held today.                              | 2014-11-09 | 2014-11-09 | 2014-11-09
            The plant closed last week.                                  | 2014-11-09 | 2014-10-27 | 2014-11-02
            The plant closed last week.                                  | 2015-01-02 | 2014-12-22 | 2014-12-28
            The plant is closing this week.                              | 2014-11-05 | 2014-11-03 | 2014-11-09
            The plant will close next week.                              | 2014-11-05 | 2014-11-10 | 2014-11-16
            Revenue fell last year.                                      | 2015-01-20 | 2014-01-01 | 2014-12-31
            Revenue will grow next year.                                 | 2014-12-20 | 2015-01-01 | 2015-12-31
            Revenue is growing this year.                                | 2014-03-01 | 2014-01-01 | 2014-12-31
            Prices rose last month.                                      | 2015-01-10 | 2014-12-01 | 2014-12-31
            Prices will rise next month.                                 | 2014-12-10 | 2015-01-01 | 2015-01-31
            Prices are rising this month.                                | 2014-02-10 | 2014-02-01 | 2014-02-28
            The ceasefire took hold on Sunday.                           | 2014-11-09 | 2014-11-09 | 2014-11-09
            The ceasefire is due to take hold on Sunday.                 | 2014-11-10 | 2014-11-16 | 2014-11-16
            Troops left the city on Thursday after the talks ended.      | 2015-01-01 | 2015-01-01 | 2015-01-01
            Troops left the city on Wednesday, before the new year.      | 2015-01-01 | 2014-12-31 | 2014-12-31
            Rebels are expected to withdraw on Wednesday.                | 2015-01-01 | 2015-01-07 | 2015-01-07
            The summit opened in June, and leaders signed a pact.        | 2014-07-02 | 2014-06-01 | 2014-06-30
            """)
    void resolvesAsAReaderWould(String text, LocalDate published, LocalDate from, LocalDate to) {
        List<DateMention> dates = Dates.in(Analysis.of(Statement.of(text, published), WordSenses.NONE));

        assertThat(dates).as("dates read in '%s'", text).isNotEmpty();
        assertThat(dates.get(0).from()).isEqualTo(from);
        assertThat(dates.get(0).to()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The company employs 2013 people.
            The summit opened on Friday.
            """)
    void withoutADateOfItsOwnAStatementResolvesNoDayAndCountsAreNoYears(String text) {
        List<DateMention> dates = Dates.in(Analysis.of(Statement.of(text), WordSenses.NONE));

        assertThat(dates).allSatisfy(date -> assertThat(date.resolved()).isFalse());
    }
}
