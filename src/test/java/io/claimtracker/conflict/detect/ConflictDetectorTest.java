package io.claimtracker.conflict.detect;

import io.claimtracker.common.Stance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves each kind of conflict is found, explained and scored, and that compatible pairs are left alone. */
class ConflictDetectorTest {

    private static final ConflictDetector DETECTOR = new ConflictDetector(WordNetSenses.load());
    private static final LocalDate MONDAY = LocalDate.of(2016, 9, 19);

    private static Verdict check(String a, String b) {
        return DETECTOR.check(Statement.of(a), Statement.of(b));
    }

    private static Verdict check(String a, String b, LocalDate date) {
        return DETECTOR.check(Statement.of(a, date), Statement.of(b, date));
    }

    @Nested
    class Numeric {

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "30 people were killed in the strike | 32 people were killed in the strike",
                "The convoy carried five documents | The convoy carried four documents",
                "Turnout was 40pc | Turnout was 55 per cent",
                "Two thousand troops crossed the border | 3,500 troops crossed the border",
                "Fewer than 10 trucks reached the city | 25 trucks reached the city",
                "More than 100 families fled | Up to 40 families fled"})
        void incompatibleValuesOfTheSameQuantityConflict(String a, String b) {
            Verdict verdict = check(a, b);
            assertThat(verdict.conflict()).isTrue();
            assertThat(verdict.kind()).isEqualTo(ConflictKind.NUMERIC);
            assertThat(verdict.score()).isBetween(0.7, 1.0);
        }

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "More than 30 were killed | The death toll rose to 32",
                "About 30,000 people fled the city | 30,500 people fled the city",
                "2,000 troops crossed the border | Two thousand troops crossed the border",
                "At least 12 aid trucks arrived | 15 aid trucks arrived",
                "Nearly 50 people were hurt | 48 people were hurt",
                "Five documents were leaked | Five documents were leaked to the press"})
        void compatibleValuesDoNotConflict(String a, String b) {
            assertThat(check(a, b).conflict()).isFalse();
        }

        @Test
        void aFiveThousandCharacterRunOfCommaSeparatedDigitsIsReadWithoutOverflowingTheStack() {
            String digits = "1,".repeat(2_499) + "1";
            Verdict verdict = check(digits + " people were counted", "2 people were counted");
            assertThat(verdict.explanation()).isNotBlank();
        }

        @Test
        void timeSpansOfDifferentEventsAreNotCompared() {
            assertThat(check("Inspectors have worked on site for the past 30 days",
                    "The plan allows ten days for each inspection").conflict()).isFalse();
        }

        @Test
        void countsOfPeopleInDifferentEventsAreNotCompared() {
            assertThat(check("A car bomb at the market killed 18 people on the spot",
                    "More than 900 people have died in the long siege of the old town").conflict()).isFalse();
            assertThat(check("Some 4,000 people who left the valley now sleep in tents",
                    "The landslide buried 27 people under the road").conflict()).isFalse();
        }

        @Test
        void numbersCountingDifferentThingsAreNotCompared() {
            assertThat(check("Five documents were leaked", "Seven officials were questioned").conflict()).isFalse();
        }

        @Test
        void explanationQuotesBothFigures() {
            assertThat(check("30 people were killed", "32 people were killed").explanation())
                    .contains("30 people", "32 people");
        }

        @Test
        void compoundNumberWordsAreOneNumber() {
            assertThat(check("The council spent twenty two thousand dollars", "The council spent 22,000 dollars")
                    .conflict()).isFalse();
            assertThat(check("Twenty two trucks arrived", "Twenty five trucks arrived").kind())
                    .isEqualTo(ConflictKind.NUMERIC);
        }

        @Test
        void yearsAreNotQuantities() {
            assertThat(check("The ceasefire of 2015 held", "The ceasefire of 2016 held").kind())
                    .isNotEqualTo(ConflictKind.NUMERIC);
        }
    }

    @Nested
    class Temporal {

        @Test
        void weekdaysResolvedAgainstTheArticleDateConflict() {
            Verdict verdict = check("The preliminary understanding was agreed on Friday",
                    "The deal was reached early on Saturday", MONDAY);
            assertThat(verdict.kind()).isEqualTo(ConflictKind.TEMPORAL);
            assertThat(verdict.explanation()).contains("Friday 16 September 2016", "Saturday 17 September 2016");
        }

        @Test
        void tomorrowInAMondayArticleIsTuesday() {
            Verdict verdict = check("Talks will be held tomorrow", "Negotiations opened on Monday", MONDAY);
            assertThat(verdict.kind()).isEqualTo(ConflictKind.TEMPORAL);
            assertThat(verdict.explanation()).contains("Tuesday 20 September 2016", "Monday 19 September 2016");
        }

        @Test
        void yesterdayAndTheMatchingWeekdayAgree() {
            assertThat(check("The convoy was attacked yesterday", "The convoy was attacked on Sunday", MONDAY)
                    .conflict()).isFalse();
        }

        @Test
        void explicitDatesConflictWithoutAReferenceDate() {
            assertThat(check("The ceasefire began on 12 September 2016", "The ceasefire began on September 19, 2016")
                    .kind()).isEqualTo(ConflictKind.TEMPORAL);
        }

        @Test
        void differentWeekdaysConflictEvenWhenTheArticleDateIsUnknown() {
            assertThat(check("The agreement was signed on Friday", "The agreement was signed on Saturday").kind())
                    .isEqualTo(ConflictKind.TEMPORAL);
        }

        @Test
        void lastMonthCoversEveryDayOfThatMonth() {
            assertThat(check("The offer was made last month", "The offer was made on 3 August", MONDAY).conflict())
                    .isFalse();
            assertThat(check("The offer was made last month", "The offer was made in June", MONDAY).kind())
                    .isEqualTo(ConflictKind.TEMPORAL);
        }

        @Test
        void wouldBeginOnAWeekdayInAMondayArticleLooksForward() {
            LocalDate friday = MONDAY.plusDays(4);
            Verdict verdict = DETECTOR.check(Statement.of("Officials said the talks would begin on Wednesday", MONDAY),
                    Statement.of("The talks began on Wednesday", friday));
            assertThat(verdict.conflict()).isFalse();
        }

        @Test
        void differentEventsOnDifferentDaysDoNotConflict() {
            assertThat(check("Talks began on Monday", "The convoy was bombed on Tuesday", MONDAY).conflict()).isFalse();
        }
    }

    @Nested
    class Polarity {

        @Test
        void denialOfWhatTheOtherAssertsConflicts() {
            Verdict verdict = check("A US–Russia deal on Aleppo is close", "No deal is imminent");
            assertThat(verdict.kind()).isEqualTo(ConflictKind.POLARITY);
            assertThat(verdict.explanation()).contains("No deal is imminent", "deal");
        }

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "The minister attended the summit | The minister did not attend the summit",
                "Aid reached the eastern districts | Aid has never reached the eastern districts",
                "Nobody was hurt in the blast | People were hurt in the blast",
                "The embassy isn't closing | The embassy is closing"})
        void negatedCounterpartsConflict(String a, String b) {
            assertThat(check(a, b).kind()).isEqualTo(ConflictKind.POLARITY);
        }

        @Test
        void aQuestionAssertsNothingSoItCannotBeDenied() {
            assertThat(check("Is there a deal on the table?", "There is no deal on the table").conflict()).isFalse();
        }

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "Not all districts received aid | Aid reached the eastern districts",
                "The minister did not attend | Rebels shelled the airport on Tuesday",
                "No deal is imminent | A flute was played at the ceremony",
                "The minister did not attend the summit | The minister did not attend the summit in person"})
        void negationAboutSomethingElseOrOnBothSidesDoesNotConflict(String a, String b) {
            assertThat(check(a, b).conflict()).isFalse();
        }
    }

    @Nested
    class DatedApart {

        private boolean datedApart(String a, String b) {
            LocalDate saturday = LocalDate.of(2016, 9, 10);
            return ConflictDetector.datedApart(DETECTOR.prepare(Statement.of(a, saturday)),
                    DETECTOR.prepare(Statement.of(b, saturday)));
        }

        @Test
        void statementsDatedOnDifferentDaysAreApartAndTheModelMayNotFlagThemAlone() {
            assertThat(datedApart("The understanding was agreed on Friday.",
                    "Both capitals welcomed the agreement on Saturday.")).isTrue();
        }

        @Test
        void oneDayInTwoWordingsOrAnUndatedSideIsNotApart() {
            assertThat(datedApart("The talks began yesterday.", "The talks began on Friday.")).isFalse();
            assertThat(datedApart("The talks began on Friday.", "The talks have begun.")).isFalse();
        }
    }

    @Nested
    class DealStages {

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "No deal between Greece and Turkey on the pipeline is imminent, Ankara says | Greece and Turkey signed the "
                        + "pipeline deal on Thursday",
                "The US and Brazil are close to a trade accord on ethanol | The US and Brazil clinched the ethanol accord",
                "Lisbon is offering Madrid a water pact for the Tagus | Portugal and Spain hailed the Tagus water pact"})
        void oneDealToldAsStillToComeAndAsDoneIsADealStageFinding(String a, String b) {
            Verdict verdict = check(a, b, MONDAY);
            assertThat(verdict.conflict()).isTrue();
            assertThat(verdict.kind()).isEqualTo(ConflictKind.DEAL_STAGE);
            assertThat(verdict.explanation()).contains("(done)");
        }

        @Test
        void aDealCalledCloseAgainstOneSaidNotToBeNearIsADealStageFinding() {
            Verdict verdict = check("No deal between Greece and Turkey on the pipeline is imminent, Ankara says",
                    "Greece and Turkey are about to seal a pipeline accord", MONDAY);
            assertThat(verdict.conflict()).isTrue();
            assertThat(verdict.kind()).isEqualTo(ConflictKind.DEAL_STAGE);
            assertThat(verdict.explanation()).contains("(close)", "(not close or not made)")
                    .as("quotes the words that tell each stage")
                    .contains("“No deal”",
                            "“about to seal a pipeline accord”");
        }

        @Test
        void anOfferedDealAgainstOneSaidNotToBeNearIsNoFinding() {
            Verdict verdict = check("Greece is offering Turkey a pipeline deal",
                    "No pipeline deal between Greece and Turkey is imminent", MONDAY);
            assertThat(verdict.kind()).isNotEqualTo(ConflictKind.DEAL_STAGE);
        }

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "Greece and Turkey are close to a pipeline deal | Greece and Turkey signed a new pipeline deal",
                "Greece and Turkey are close to a pipeline deal | A pipeline deal between Greece and Turkey is near",
                "The US and Brazil are close to a trade accord on ethanol | Chile and Peru clinched a fishing accord",
                "Greece and Turkey signed the pipeline deal | The pipeline deal between Greece and Turkey was sealed",
                "Is a Greek-Turkish pipeline deal close? | Greece and Turkey signed the pipeline deal"})
        void aRenewedDealOtherPartiesOneStageOrAQuestionAreNoFinding(String a, String b) {
            Verdict verdict = check(a, b, MONDAY);
            assertThat(verdict.kind()).isNotEqualTo(ConflictKind.DEAL_STAGE);
        }
    }

    @Nested
    class OpposedAction {

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "Washington offered Moscow a military partnership | Washington refused Moscow a military partnership",
                "The rebels accepted the ceasefire proposal | The rebels rejected the ceasefire proposal",
                "The ministry confirmed the strike on the convoy | The ministry denied the strike on the convoy",
                "Parliament supports the new sanctions | Parliament opposes the new sanctions",
                "The border crossing was opened | The border crossing was closed"})
        void opposedPredicatesAboutTheSameThingConflict(String a, String b) {
            Verdict verdict = check(a, b);
            assertThat(verdict.kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
            assertThat(verdict.score()).isBetween(0.5, 0.95);
        }

        @Test
        void wordNetAntonymsCountToo() {
            assertThat(check("The hospital in the old town is full", "The hospital in the old town is empty").kind())
                    .isEqualTo(ConflictKind.OPPOSED_ACTION);
        }

        @Test
        void aNegatedOppositeAgrees() {
            assertThat(check("The situation in the camp is not good", "The situation in the camp is bad").conflict())
                    .isFalse();
        }

        @Test
        void statementsAlikeButForTheOpposedWordConflictEvenWhenShort() {
            assertThat(check("She loves me.", "She hates me.").kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
        }

        @Test
        void opposedWordsAboutUnrelatedThingsDoNotConflict() {
            assertThat(check("Rebels accepted food parcels", "The council rejected a zoning plan").conflict()).isFalse();
        }

        @Test
        void aVerbWithItsParticleReadsAsOnePredicate() {
            Verdict verdict = check("The ministry offered the nurses' union a wage deal",
                    "The ministry turned down the nurses' union's wage deal");
            assertThat(verdict.kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
            assertThat(verdict.explanation()).contains("offered", "turned down");
        }

        @Test
        void aTurnWithoutItsParticleIsNoRefusal() {
            assertThat(check("The ministry offered the nurses' union a wage deal",
                    "The ministry turned the nurses' union's wage deal into a pension plan").kind())
                    .isNotEqualTo(ConflictKind.OPPOSED_ACTION);
        }

        @Test
        void oneActorAndOneObjectMakeOpposedPredicatesAlignedThoughTheRestDiffers() {
            Verdict verdict = check("The United States is offering Mexico a border security pact for the coming year",
                    "Washington has turned down Mexican requests on border patrols");
            assertThat(verdict.kind()).isEqualTo(ConflictKind.OPPOSED_ACTION);
            assertThat(verdict.score()).isGreaterThanOrEqualTo(OpposedActionCheck.ALIGNED_OPPOSITION);
        }

        @Test
        void differentActorsLeaveOpposedPredicatesUnaligned() {
            Verdict verdict = check("The union offered management a new wage deal for the coming year",
                    "Management has turned down the union's requests for a wage deal");
            assertThat(!verdict.conflict() || verdict.score() < OpposedActionCheck.ALIGNED_OPPOSITION).isTrue();
        }

        @Test
        void usInCapitalsAndTheUnitedStatesNameTheCountryAsWashingtonDoes() {
            var tariffs = DETECTOR.prepare(Statement.of("Washington imposed tariffs on steel"));
            assertThat(ConflictDetector.relatedness(DETECTOR.prepare(Statement.of("The US imposed tariffs on steel")),
                    tariffs)).isEqualTo(1.0);
            assertThat(ConflictDetector.relatedness(DETECTOR.prepare(
                    Statement.of("The United States imposed tariffs on steel")), tariffs)).isEqualTo(1.0);
            assertThat(ConflictDetector.relatedness(DETECTOR.prepare(Statement.of("They asked us to impose tariffs on steel")),
                    tariffs)).isLessThan(1.0);
        }

        @Test
        void explanationQuotesBothPredicates() {
            assertThat(check("The rebels accepted the ceasefire proposal", "The rebels rejected the ceasefire proposal")
                    .explanation()).contains("accepted", "rejected");
        }
    }

    @Nested
    class Tension {

        @Test
        void hedgedOpposedClaimsAreTensionWithALowerScore() {
            Verdict hard = check("Madrid wants negotiations on the Tagus", "Madrid will settle the Tagus by force");
            Verdict hedged = check("Madrid might accept negotiations on the Tagus",
                    "Spain has probably chosen to end the Tagus dispute by force");
            assertThat(hedged.kind()).isEqualTo(ConflictKind.TENSION);
            assertThat(hedged.explanation()).contains("Hedged");
            assertThat(hedged.score()).isLessThan(0.6);
            assertThat(hard.conflict()).isTrue();
        }
    }

    @Nested
    class Stances {

        @Test
        void oppositeStancesOnOnePropositionAlwaysConflict() {
            String proposition = "US and Russia are close to a military deal";
            Verdict verdict = DETECTOR.check(
                    new Statement("Progress comes a little at a time", null, null, proposition, Stance.FOR),
                    new Statement("No arrangement exists at all", null, null, proposition.toUpperCase(), Stance.AGAINST));
            assertThat(verdict.kind()).isEqualTo(ConflictKind.STANCE);
            assertThat(verdict.score()).isGreaterThan(0.9);
        }

        @Test
        void theSameStanceOrDifferentPropositionsDoNotConflictByStance() {
            assertThat(DETECTOR.check(new Statement("Talks go well", null, null, "A deal is close", Stance.FOR),
                    new Statement("Progress is steady", null, null, "A deal is close", Stance.FOR)).conflict()).isFalse();
            assertThat(DETECTOR.check(new Statement("Talks go well", null, null, "A deal is close", Stance.FOR),
                    new Statement("Progress is steady", null, null, "Sanctions will stay", Stance.AGAINST))
                    .conflict()).isFalse();
        }
    }

    @Nested
    class Reversal {

        @Test
        void aSpeakerContradictingThemselfIsAReversal() {
            Verdict verdict = DETECTOR.check(new Statement("The minister attended the summit", null, "jane roe", null, null),
                    new Statement("The minister did not attend the summit", null, "jane roe", null, null));
            assertThat(verdict.reversal()).isTrue();
            assertThat(verdict.explanation()).startsWith("Same speaker");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"reuters", "a pentagon spokesman", "our correspondent", "state department", "afp"})
        void anAgencyOrUnnamedSourceNeverReversesItself(String speakerKey) {
            Verdict verdict = DETECTOR.check(new Statement("The minister attended the summit", null, speakerKey, null, null),
                    new Statement("The minister did not attend the summit", null, speakerKey, null, null));
            assertThat(verdict.conflict()).isTrue();
            assertThat(verdict.reversal()).isFalse();
        }

        @Test
        void twoSpeakersDisagreeingIsNoReversal() {
            Verdict verdict = DETECTOR.check(new Statement("The minister attended the summit", null, "jane roe", null, null),
                    new Statement("The minister did not attend the summit", null, "john doe", null, null));
            assertThat(verdict.conflict()).isTrue();
            assertThat(verdict.reversal()).isFalse();
        }
    }

    @Nested
    class Agreement {

        @ParameterizedTest(name = "{0} | {1}")
        @CsvSource(delimiter = '|', value = {
                "The talks resumed in Geneva | Negotiations restarted in Geneva",
                "A deal on Aleppo is close | An agreement on Aleppo is near",
                "The convoy reached the city | Aid trucks arrived in the city on Monday",
                "The minister spoke to reporters | Rain fell over the coast"})
        void agreeingParaphrasedOrUnrelatedPairsAreNotFlagged(String a, String b) {
            Verdict verdict = check(a, b);
            assertThat(verdict.conflict()).isFalse();
            assertThat(verdict.explanation()).isNotBlank();
        }
    }
}
