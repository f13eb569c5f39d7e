package io.claimtracker.conflict.detect;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves explanations read as an editor would write them: whole clauses quoted from both claims rather than clipped
 * words, each verb agreeing with the speaker it follows, and a date compared together with where it was counted
 * from.
 */
class ExplanationWordingTest {

    private static ConflictDetector rules;

    @BeforeAll
    static void load() {
        rules = new ConflictDetector(WordNetSenses.load());
    }

    private static Verdict check(String a, String b, LocalDate day) {
        return rules.check(rules.prepare(new Statement(a, day, "first", null, null)),
                rules.prepare(new Statement(b, day, "second", null, null)));
    }

    @Test
    void figuresAreQuotedInTheirWholeClauseAndNotClipped() {
        Verdict verdict = check("Shares rose 8.1 percent to $37.67 in early trading, the exchange said.",
                "Shares were up 5.1 percent at $36.20 in early trading.", LocalDate.of(2014, 10, 6));

        assertThat(verdict.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(verdict.named("The exchange", "The broker")).contains("The exchange says “Shares rose 8.1 percent to "
                + "$37.67 in early trading”").contains("The broker says “Shares were up 5.1 percent at $36.20 in early "
                + "trading”");
    }

    @Test
    void aDenialQuotesWhatIsAssertedWholeAndItsVerbsAgreeWithPluralSpeakers() {
        Verdict verdict = check("The ceasefire talks in Geneva have resumed.",
                "The ceasefire talks in Geneva have not resumed.", LocalDate.of(2016, 9, 20));

        assertThat(verdict.kind()).isEqualTo(ConflictKind.POLARITY);
        assertThat(verdict.named("Russian officials", "The Pentagon spokesman"))
                .startsWith("The Pentagon spokesman denies what Russian officials assert. Russian officials say “The "
                        + "ceasefire talks in Geneva have resumed”; The Pentagon spokesman says “The ceasefire talks "
                        + "in Geneva have not resumed”.");
    }

    @Test
    void aRelativeDateSaysWhichDayItWasCountedFrom() {
        Verdict verdict = check("The convoy was attacked on Monday near the border.",
                "The convoy was attacked on Tuesday near the border.", LocalDate.of(2016, 9, 21));

        assertThat(verdict.kind()).isEqualTo(ConflictKind.TEMPORAL);
        assertThat(verdict.explanation()).contains("counted from Wednesday 21 September 2016, when it was said");
    }

    @Test
    void pluralNamesAreToldFromSingularOnes() {
        assertThat(SpeakerNames.plural("Russian officials")).isTrue();
        assertThat(SpeakerNames.plural("ABC News sources")).isTrue();
        assertThat(SpeakerNames.plural("Friends of the victim")).isTrue();
        assertThat(SpeakerNames.plural("Iraqi defence and interior ministries")).isTrue();
        assertThat(SpeakerNames.plural("The Pentagon spokesman")).isFalse();
        assertThat(SpeakerNames.plural("Reuters")).isFalse();
        assertThat(SpeakerNames.plural("Department of Homeland Security")).isFalse();
        assertThat(SpeakerNames.plural("Unnamed reporter (site 4)")).isFalse();
        assertThat(SpeakerNames.plural("Associated Press")).isFalse();
    }
}
