package io.claimtracker.conflict.detect;

import io.claimtracker.conflict.model.NliScores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which unflagged pairs make the second tier and why: pairs waiting for a date, rule findings the model did not
 * confirm, and pairs close in meaning, always between two speakers; a check may add only its {@link Leads#PER_CHECK}
 * best.
 */
class LeadsTest {

    private static ConflictDetector rules;

    @BeforeAll
    static void load() {
        rules = new ConflictDetector(WordNetSenses.load());
    }

    private static ConflictJudge.Pair pair(String a, String speakerA, String b, String speakerB, double closeness) {
        LocalDate day = LocalDate.of(2016, 3, 2);
        return new ConflictJudge.Pair(rules.prepare(new Statement(a, day, speakerA, null, null)),
                rules.prepare(new Statement(b, day, speakerB, null, null)), false, closeness);
    }

    private static final Verdict NONE = Verdict.none("nothing found");

    @Test
    void aCloseUnflaggedPairByTwoSpeakersIsALeadScoredByItsClosenessWithAReasonNamingBoth() {
        Lead lead = Leads.of(pair("The ferry will add night crossings.", "operator", "Night sailings are planned.",
                "harbour", 0.72), NONE, NONE, new NliScores(0.1, 0.5, 0.4));

        assertThat(lead.kind()).isNull();
        assertThat(lead.datesNeeded()).isFalse();
        assertThat(lead.score()).isEqualTo(0.72);
        assertThat(lead.named("The operator", "the harbour master")).startsWith("The two are close in meaning (72% "
                + "alike)").contains("contradiction at 10%");
    }

    @Test
    void pairsBelowTheClosenessFloorOrOfOneSpeakerOrWithoutAVectorAreNoLeads() {
        assertThat(Leads.of(pair("The ferry sails.", "operator", "Wheat prices rose.", "trader", Leads.CLOSE - 0.01),
                NONE, NONE, null)).isNull();
        assertThat(Leads.of(pair("The ferry sails.", "operator", "The ferry sails at night.", "operator", 0.95),
                NONE, NONE, null)).isNull();
        assertThat(Leads.of(pair("The ferry sails.", "operator", "The ferry sails at night.", "harbour", Double.NaN),
                NONE, NONE, null)).isNull();
    }

    @Test
    void flagsAndDevelopmentsAreNeverLeads() {
        ConflictJudge.Pair close = pair("Seven died.", "medic", "Nine died.", "police", 0.9);
        Verdict flag = Verdict.of(ConflictKind.NUMERIC, 0.8, "{A} says seven, {B} nine.");

        assertThat(Leads.of(close, flag, flag, null)).isNull();
        assertThat(Leads.of(close, flag, flag.asDevelopment(true, 9), null)).isNull();
    }

    @Test
    void aRuleFindingTheModelDidNotConfirmLeadsAboveClosenessAloneAndSaysWhatTheRuleRead() {
        ConflictJudge.Pair close = pair("Seven died.", "medic", "Nine died.", "police", 0.3);
        Verdict finding = Verdict.of(ConflictKind.NUMERIC, 0.8, "{A} counts seven dead, {B} nine.");

        Lead lead = Leads.of(close, finding, Verdict.none("The model did not confirm it."),
                new NliScores(0.2, 0.3, 0.5));

        assertThat(lead.kind()).isEqualTo(ConflictKind.NUMERIC);
        assertThat(lead.score()).isEqualTo(0.3 + Leads.RULE_BONUS);
        assertThat(lead.named("The medic", "the police")).startsWith("The rules read different figures for one count")
                .contains("did not confirm it (contradiction 20%)").endsWith("The medic counts seven dead, the police nine.");
    }

    @Test
    void aPairWaitingForADateLeadsFirstAndSaysSo() {
        ConflictJudge.Pair close = pair("A deal is close.", "minister", "The deal was signed.", "company", 0.2);
        Verdict finding = Verdict.of(ConflictKind.DEAL_STAGE, 0.7, "{A} says close, {B} signed.");

        Lead lead = Leads.of(close, finding, finding.asDatesNeeded(true, false), null);

        assertThat(lead.datesNeeded()).isTrue();
        assertThat(lead.kind()).isEqualTo(ConflictKind.DEAL_STAGE);
        assertThat(lead.score()).isEqualTo(1.0);
        assertThat(lead.named("The minister", "the company")).startsWith("Dates needed: the date of The minister's claim");
    }

    @Test
    void aCheckMarksItsBestLeadsAsTheOnesItMayAddAlignedWithItsPairs() {
        List<ConflictJudge.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < Leads.PER_CHECK + 4; i++) {
            pairs.add(pair("The ferry sails at night.", "operator", "Night sailings of the ferry.", "speaker" + i,
                    0.5 + i * 0.01));
        }
        List<Verdict> none = Collections.nCopies(pairs.size(), NONE);

        List<Lead> leads = Leads.pick(pairs, none, none, Collections.nCopies(pairs.size(), null));

        assertThat(leads).hasSize(pairs.size()).doesNotContainNull();
        assertThat(leads.stream().filter(Lead::best).count()).isEqualTo(Leads.PER_CHECK);
        assertThat(leads.subList(0, 4)).noneMatch(Lead::best);
        assertThat(leads.subList(4, pairs.size())).allMatch(Lead::best);
        assertThat(leads.get(pairs.size() - 1).score()).isEqualTo(0.5 + (pairs.size() - 1) * 0.01);
    }
}
