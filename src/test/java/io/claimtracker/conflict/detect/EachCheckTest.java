package io.claimtracker.conflict.detect;

import io.claimtracker.common.Stance;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves each check on its own, outside the detector: the pair it exists for gives its kind, a pair that agrees gives
 * nothing; and that the traits a kind carries are the ones the judge relies on.
 */
class EachCheckTest {

    private static final WordSenses SENSES = WordNetSenses.load();

    private static Optional<Verdict> find(Check check, String a, String b) {
        return check.find(Analysis.of(Statement.of(a), SENSES), Analysis.of(Statement.of(b), SENSES));
    }

    private static void findsOnlyTheClash(Check check, ConflictKind kind, String a, String clash, String agreeing) {
        assertThat(find(check, a, clash)).as("%s on '%s'", kind, clash)
                .hasValueSatisfying(verdict -> assertThat(verdict.kind()).isEqualTo(kind));
        assertThat(find(check, a, agreeing)).as("%s on '%s'", kind, agreeing).isEmpty();
    }

    @Test
    void numbers() {
        findsOnlyTheClash(new NumericCheck(SENSES), ConflictKind.NUMERIC, "The blast killed 30 people in the market.",
                "The blast killed 32 people in the market.", "The blast killed more than 25 people in the market.");
    }

    @Test
    void dates() {
        findsOnlyTheClash(new DateCheck(SENSES), ConflictKind.TEMPORAL, "The bridge reopened on 3 March 2015.",
                "The bridge reopened on 9 March 2015.", "The bridge reopened in March 2015.");
    }

    @Test
    void polarity() {
        findsOnlyTheClash(new PolarityCheck(new OpposedActionCheck(SENSES)), ConflictKind.POLARITY,
                "The mayor signed the harbour budget.", "The mayor did not sign the harbour budget.",
                "The mayor signed the harbour budget on time.");
    }

    @Test
    void dealStages() {
        findsOnlyTheClash(new DealStageCheck(), ConflictKind.DEAL_STAGE,
                "The union and the rail operator signed a pay deal.",
                "No pay deal between the union and the rail operator is close.",
                "The union and the rail operator agreed a pay deal.");
    }

    @Test
    void oppositions() {
        findsOnlyTheClash(new OpposedActionCheck(SENSES), ConflictKind.OPPOSED_ACTION,
                "The council opened the northern port.", "The council closed the northern port.",
                "The council reopened the northern port.");
    }

    @Test
    void stances() {
        StanceCheck check = new StanceCheck();
        Analysis forIt = Analysis.of(new Statement("The levy works.", null, null, "The levy works", Stance.FOR), SENSES);
        Analysis against = Analysis.of(new Statement("It does not.", null, null, "the levy works", Stance.AGAINST),
                SENSES);

        assertThat(check.find(forIt, against)).hasValueSatisfying(verdict ->
                assertThat(verdict.kind()).isEqualTo(ConflictKind.STANCE));
        assertThat(check.find(forIt, forIt)).isEmpty();
    }

    @Test
    void kindsCarryTheTraitsTheJudgeReadsThem() {
        assertThat(ConflictKind.AGENT.is(ConflictKind.Trait.TYPED)).isTrue();
        assertThat(ConflictKind.AGENT.is(ConflictKind.Trait.LASTING)).isTrue();
        assertThat(ConflictKind.TEMPORAL.is(ConflictKind.Trait.LASTING)).isTrue();
        assertThat(ConflictKind.POLARITY.is(ConflictKind.Trait.TYPED)).isFalse();
        assertThat(ConflictKind.POLARITY.is(ConflictKind.Trait.STAGE)).isTrue();
        assertThat(ConflictKind.STANCE.is(ConflictKind.Trait.UNJUDGED)).isTrue();
        assertThat(ConflictKind.CONTRADICTION.is(ConflictKind.Trait.TYPED)).isFalse();
    }
}
