package io.claimtracker.conflict.detect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the rule changes measured on stories the rules were never tuned on, each with made-up statements of the
 * same shape and the agreeing pair that must stay unflagged: a weekday against a date's own weekday, a person's state
 * told in a joined clause or as something still being done, figures of one subject's one unit, round figures read to
 * their last digit, one figure judged in opposite ways, one event given different agents, and a member of a named
 * body as the subject of a denied act.
 */
class UnseenStoryChecksTest {

    private static final WordNetSenses SENSES = WordNetSenses.load();
    private static final ConflictDetector DETECTOR = new ConflictDetector(SENSES);

    private static Verdict check(String a, String b) {
        return DETECTOR.check(Statement.of(a), Statement.of(b));
    }

    @Test
    void aWeekdayConflictsWithADateThatFallsOnAnotherDay() {
        Verdict clash = check("The militants' raid on the village began early on a Tuesday.",
                "Militants raided the village early on 17 November 2014.");
        Verdict agreeing = check("The militants' raid on the village began early on a Monday.",
                "Militants raided the village early on 17 November 2014.");

        assertThat(clash.kind()).isEqualTo(ConflictKind.TEMPORAL);
        assertThat(clash.explanation()).contains("Tuesday").contains("Monday 17 November 2014");
        assertThat(agreeing.conflict()).isFalse();
    }

    @Test
    void aStateToldInAJoinedClauseOrAsStillBeingDoneIsTheSubjectsState() {
        Verdict joined = check("Amira Haddad was executed by the militia.",
                "Amira Haddad has left Valparaíso and is living in the north, alive and well.");
        Verdict still = check("Amira Haddad was executed by the militia.",
                "Amira Haddad did not lead the assault, but she is still fighting in the hills.");
        Verdict missing = check("Amira Haddad was executed by the militia.", "Amira Haddad is still missing.");

        assertThat(joined.kind()).isEqualTo(ConflictKind.OUTCOME);
        assertThat(still.kind()).isEqualTo(ConflictKind.OUTCOME);
        assertThat(missing.conflict()).isFalse();
    }

    @Test
    void aNegationInAnotherClauseDoesNotUndoAState() {
        Verdict verdict = check("Amira Haddad did not surrender, and she was executed by the militia.",
                "Amira Haddad is alive.");

        assertThat(verdict.kind()).isEqualTo(ConflictKind.OUTCOME);
        assertThat(check("Amira Haddad was not executed by the militia.", "Amira Haddad is alive.").conflict())
                .isFalse();
    }

    @Test
    void figuresOfOneSubjectsUnitAreComparedWhenTheyShareWhatTheyMeasure() {
        Verdict jobs = check("Nortel's restructuring charge for its workforce covers only several thousand jobs.",
                "Nortel is set to cut its workforce by nearly 90,000 jobs.");
        Verdict otherCompany = check("Nortel's restructuring charge for its workforce covers only several thousand jobs.",
                "Alcatel is set to cut its workforce by nearly 90,000 jobs.");

        assertThat(jobs.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(otherCompany.conflict()).isFalse();
    }

    @Test
    void aRoundFigureIsReadToItsLastWrittenDigit() {
        Verdict clash = check("Acme's total revenue last year was $100 billion.",
                "Acme's annual revenue fell to $93 billion last year.");
        Verdict agreeing = check("Acme's total revenue last year was $100 billion.",
                "Acme's annual revenue fell to $98 billion last year.");

        assertThat(clash.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(agreeing.conflict()).isFalse();
    }

    @Test
    void oneFigureJudgedInOppositeWaysIsAnAlignedOpposition() {
        Verdict verdict = check("$2.3 billion for the new stadium is too high.",
                "$2.3 billion for the stadium would be far too low a price.");

        assertThat(verdict.kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
        assertThat(verdict.score()).isEqualTo(OpposedActionCheck.ALIGNED_OPPOSITION);
        assertThat(check("$2.3 billion for the new stadium is too high.",
                "$1.1 billion for the bridge would be far too low a price.").conflict()).isFalse();
    }

    @Test
    void oneEventGivenDifferentNamedAgentsConflicts() {
        Verdict clash = check("Ortiz was wounded by a Chilean air strike on a convoy.",
                "The spokesman says Ortiz was injured in an Argentine air strike.");
        Verdict same = check("Ortiz was wounded by a Chilean air strike on a convoy.",
                "The spokesman says Ortiz was injured in a recent Chilean air strike.");
        Verdict otherThing = check("Ortiz was wounded by a Chilean air strike on a convoy.",
                "Ortiz was injured in an Argentine hospital fire.");

        assertThat(clash.kind()).isEqualTo(ConflictKind.AGENT);
        assertThat(clash.explanation()).contains("Chilean").contains("Argentine");
        assertThat(same.conflict()).isFalse();
        assertThat(otherThing.conflict()).isFalse();
    }

    @Test
    void aMemberOfANamedBodyIsNoCommonNounSubject() {
        NegatedActCheck denial = new NegatedActCheck(SENSES);
        Analysis none = Analysis.of(Statement.of("The council threatened none of the tenants."), SENSES);
        java.util.Optional<Verdict> member = denial.find(Analysis.of(Statement.of(
                "A member of the Harbour Board threatened the tenants with eviction."), SENSES), none);
        java.util.Optional<Verdict> stranger = denial.find(Analysis.of(Statement.of(
                "A neighbour threatened the tenants with eviction."), SENSES), none);

        assertThat(member).hasValueSatisfying(verdict -> assertThat(verdict.kind()).isEqualTo(ConflictKind.DENIAL));
        assertThat(stranger).isEmpty();
    }

    @Test
    void anActOnlyOrderedIsNotDeniedByItsNotHappening() {
        Verdict verdict = check("The guards were ordered to hand over their rifles before they could leave.",
                "No guard handed a rifle to anyone.");

        assertThat(verdict.conflict()).isFalse();
        assertThat(ConflictDetector.deniesWhatIsOnlyIntended(DETECTOR.prepare(Statement.of(
                "No guard handed a rifle to anyone.")), DETECTOR.prepare(Statement.of(
                "The guards were ordered to hand over their rifles before they could leave.")))).isTrue();
    }

    @Test
    void aCapitalAPlaceInItTheCountrysAdjectiveAndItsNameAreOneConceptFromWordNet() {
        assertThat(SENSES.country("Madrid")).contains("spain");
        assertThat(SENSES.country("Spanish")).contains("spain");
        assertThat(SENSES.country("Spain")).contains("spain");
        assertThat(SENSES.country("Lima")).contains("peru");
        assertThat(SENSES.country("Washington")).isEqualTo(SENSES.country("US")).isEqualTo(SENSES.country("American"))
                .isPresent();
        assertThat(SENSES.country("Turkey")).contains("turkey");
        assertThat(SENSES.country("turkey")).as("the bird, in lower case").isEmpty();
        assertThat(SENSES.country("Reuters")).isEmpty();

        Verdict verdict = check("Lima is offering Madrid a fishing pact.", "Peru has turned down Spanish requests for a "
                + "fishing pact.");
        assertThat(verdict.kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
    }
}
