package io.claimtracker.conflict.detect;

import io.claimtracker.common.Stance;
import io.claimtracker.conflict.model.NliScores;
import io.claimtracker.conflict.model.OnnxPairScorer;
import io.claimtracker.conflict.model.PairScorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the rules and the shipped contradiction model together (the real model, no stand-in): agreeing,
 * paraphrased and unrelated news statements are never flagged, clear conflicts are, a story that moved on is a
 * development, and the model alone flags an opposition that has no cue word.
 */
class ConflictJudgeTest {

    private static OnnxPairScorer model;
    private static ConflictJudge judge;

    @BeforeAll
    static void load() {
        model = OnnxPairScorer.load(2);
        judge = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), model, JudgeSettings.DEFAULTS);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    record Labelled(String label, String a, String b) {
    }

    private static List<Labelled> pairs() throws IOException {
        List<Labelled> pairs = new ArrayList<>();
        try (InputStream in = ConflictJudgeTest.class.getResourceAsStream("/detector/news-pairs.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t");
                    pairs.add(new Labelled(parts[0], parts[1], parts[2]));
                }
            }
        }
        return pairs;
    }

    @Test
    void agreeingAndUnrelatedNewsPairsAreNeverFlaggedAndMostConflictsAre() throws IOException {
        List<Labelled> pairs = pairs();
        List<ConflictJudge.Pair> prepared = pairs.stream().map(p -> new ConflictJudge.Pair(
                judge.prepare(Statement.of(p.a())), judge.prepare(Statement.of(p.b())))).toList();
        List<Verdict> verdicts = new ArrayList<>();
        for (ConflictJudge.Pair pair : prepared) {
            verdicts.add(judge.judge(List.of(pair)).get(0));
        }
        List<String> wronglyFlagged = new ArrayList<>();
        int conflicts = 0;
        int found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            Labelled pair = pairs.get(i);
            if (pair.label().equals("conflict")) {
                conflicts++;
                found += verdicts.get(i).conflict() ? 1 : 0;
            } else if (verdicts.get(i).conflict()) {
                wronglyFlagged.add(pair.a() + " | " + pair.b() + " => " + verdicts.get(i).explanation());
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(30);
        assertThat(wronglyFlagged).isEmpty();
        assertThat(found).as("conflicts found of %d", conflicts).isGreaterThanOrEqualTo(conflicts / 2);
    }

    @Test
    void aPairReadsTheSameAloneAndInABatchWithOthers() throws IOException {
        List<PairScorer.TextPair> texts = pairs().stream().map(p -> new PairScorer.TextPair(p.a(), p.b())).toList();
        List<NliScores> batched = model.score(texts);
        for (int i = 0; i < texts.size(); i++) {
            NliScores alone = model.score(List.of(texts.get(i))).get(0);
            assertThat(batched.get(i).contradiction()).as(texts.get(i).toString())
                    .isCloseTo(alone.contradiction(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(batched.get(i).entailment()).isCloseTo(alone.entailment(), org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void aDenialRecordedWeeksBeforeTheEventIsADevelopmentNotAConflict() {
        Verdict verdict = judge.check(
                new Statement("There is no agreement between the two sides on the port and none is near.",
                        LocalDate.of(2026, 3, 2), "harbour authority", null, null),
                new Statement("The two sides have agreed a deal on the port.", LocalDate.of(2026, 4, 6),
                        "port operator", null, null));
        assertThat(verdict.conflict()).isFalse();
        assertThat(verdict.kind()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(verdict.explanation()).contains("35 days after");
    }

    @Test
    void theSameDenialOnTheSameDayIsAConflict() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Verdict verdict = judge.check(
                new Statement("There is no agreement between the two sides on the port and none is near.", day,
                        "harbour authority", null, null),
                new Statement("The two sides have agreed a deal on the port.", day, "port operator", null, null));
        assertThat(verdict.conflict()).isTrue();
    }

    @Test
    void datesOfDifferentEventsSharingOneWordAreNotFlagged() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Verdict verdict = judge.check(Statement.of("The ministers signed the trade pact on Thursday.", monday),
                Statement.of("Steel tariffs on trade will be lifted on Sunday.", monday));
        assertThat(verdict.conflict()).isFalse();
    }

    @Test
    void aDealStillToComeThenReportedDoneIsADevelopmentAndOnOneDayAConflict() {
        Statement awaited = new Statement("No deal between Greece and Turkey on the pipeline is imminent, Ankara says.",
                LocalDate.of(2026, 3, 2), "turkish foreign ministry", null, null);
        Verdict later = judge.check(awaited, new Statement("Greece and Turkey signed the pipeline deal on Thursday.",
                LocalDate.of(2026, 4, 3), "athens news agency", null, null));
        Verdict sameDay = judge.check(awaited, new Statement("Greece and Turkey signed the pipeline deal on Thursday.",
                LocalDate.of(2026, 3, 2), "athens news agency", null, null));
        assertThat(later.conflict()).isFalse();
        assertThat(later.kind()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(later.explanation()).contains("32 days after", "(not close or not made)", "(done)");
        assertThat(sameDay.conflict()).as(sameDay.explanation()).isTrue();
        assertThat(sameDay.kind()).isEqualTo(ConflictKind.DEAL_STAGE);
    }

    @Test
    void aDealStageBetweenClaimsNotBothDatedWaitsForADateAndADateDecides() {
        Statement awaited = new Statement("No deal between Greece and Turkey on the pipeline is imminent, Ankara says.",
                null, "turkish foreign ministry", null, null);
        Statement done = new Statement("Greece and Turkey signed the pipeline deal on Thursday.",
                LocalDate.of(2026, 4, 3), "athens news agency", null, null);
        Verdict undated = judge.check(awaited, done);
        Verdict dated = judge.check(new Statement(awaited.text(), LocalDate.of(2026, 4, 3), awaited.speakerKey(),
                null, null), done);
        Verdict bare = judge.check(Statement.of(awaited.text()), Statement.of(done.text()));

        assertThat(undated.conflict()).isFalse();
        assertThat(undated.kind()).isEqualTo(ConflictKind.DATES_NEEDED);
        assertThat(undated.explanation()).startsWith("Dates needed: the date of A's claim is unknown");
        assertThat(dated.conflict()).as(dated.explanation()).isTrue();
        assertThat(dated.kind()).isEqualTo(ConflictKind.DEAL_STAGE);
        assertThat(bare.kind()).as("bare statements are read as said at one moment").isEqualTo(ConflictKind.DEAL_STAGE);
    }

    @Test
    void aReportCalledUntrueWeeksLaterIsStillAConflictButCalledUntrueBeforeItIsADevelopment() {
        Statement report = new Statement("The carmaker will close its Leeds plant in June.", LocalDate.of(2026, 3, 2),
                "northern courier", null, null);
        Statement denial = new Statement("The carmaker says the story that it will close its Leeds plant is false.",
                LocalDate.of(2026, 3, 17), "the carmaker", null, null);
        Statement earlyDenial = new Statement(denial.text(), LocalDate.of(2026, 2, 10), denial.speakerKey(), null,
                null);

        Verdict later = judge.check(report, denial);
        Verdict before = judge.check(report, earlyDenial);

        assertThat(later.conflict()).as(later.explanation()).isTrue();
        assertThat(later.kind()).isEqualTo(ConflictKind.DENIAL);
        assertThat(before.conflict()).isFalse();
        assertThat(before.kind()).isEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void aStateDatedMonthsBeforeIsADevelopmentAndUndatedOnTheSameDayAConflict() {
        LocalDate june = LocalDate.of(2026, 6, 10);
        Statement plan = new Statement("The ferry company will close the island route, its chief executive said.",
                june, "harbour gazette", null, null);
        Verdict before = judge.check(new Statement("In March the ferry company was not planning to close the island "
                + "route, a union official told the local paper.", june, "island radio", null, null), plan);
        Verdict now = judge.check(new Statement("The ferry company is not planning to close the island route, a union "
                + "official told the local paper.", june, "island radio", null, null), plan);

        assertThat(before.conflict()).as(before.explanation()).isFalse();
        assertThat(before.kind()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(now.conflict()).as(now.explanation()).isTrue();
        assertThat(now.kind()).isEqualTo(ConflictKind.DENIAL);
    }

    @Test
    void anActToldAsToComeAndReportedTheNextDayOrANoCommentFollowedByWordsIsADevelopment() {
        Statement expected = new Statement("Nordwind Bank may announce the merger as early as Monday.",
                LocalDate.of(2026, 5, 3), "business daily", null, null);
        Statement announced = new Statement("NB announced the merger with a rival on Monday.",
                LocalDate.of(2026, 5, 4), "wire agency", null, null);
        Statement silent = new Statement("Nordwind Bank declined to comment on the merger report.",
                LocalDate.of(2026, 5, 3), "business daily", null, null);
        Statement spoke = new Statement("Nordwind Bank says the merger will create the largest lender in the region.",
                LocalDate.of(2026, 5, 5), "nordwind bank", null, null);

        Verdict anticipated = judge.check(expected, announced);
        Verdict commented = judge.check(silent, spoke);
        Verdict sameDay = judge.check(expected, new Statement(announced.text(), expected.referenceDate(),
                announced.speakerKey(), null, null));

        assertThat(anticipated.kind()).as(anticipated.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(anticipated.explanation()).contains("still to come", "1 day later");
        assertThat(commented.kind()).as(commented.explanation()).isEqualTo(ConflictKind.DEVELOPMENT);
        assertThat(commented.explanation()).contains("declined to comment");
        assertThat(sameDay.kind()).as("on one day the order is unknown").isNotEqualTo(ConflictKind.DEVELOPMENT);
    }

    @Test
    void oneDayToldAsYesterdayAndByItsWeekdayIsNotFlaggedAndTwoDaysAre() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        Statement yesterday = Statement.of("The ceasefire talks in Valmora began yesterday.", saturday);
        Verdict sameDay = judge.check(yesterday, Statement.of("The ceasefire talks in Valmora began on Friday.",
                saturday));
        Verdict otherDay = judge.check(yesterday, Statement.of("The ceasefire talks in Valmora began on Wednesday.",
                saturday));
        assertThat(sameDay.conflict()).as(sameDay.explanation()).isFalse();
        assertThat(otherDay.conflict()).as(otherDay.explanation()).isTrue();
        assertThat(otherDay.kind()).isEqualTo(ConflictKind.TEMPORAL);
    }

    @Test
    void stancesRecordedByEditorsNeedNoModelConfirmation() {
        Verdict verdict = judge.check(new Statement("Officials spoke.", null, null, "Reopen the port", Stance.FOR),
                new Statement("Others spoke.", null, null, "reopen the port", Stance.AGAINST));
        assertThat(verdict.conflict()).isTrue();
        assertThat(verdict.kind()).isEqualTo(ConflictKind.STANCE);
    }

    @Test
    void modelFindingsQuoteWhatEachSideSays() {
        List<Verdict> modelFindings = new ArrayList<>();
        List<String[]> scenes = List.of(
                new String[] {"A woman is slicing onions in the kitchen.", "A woman is asleep in her bed."},
                new String[] {"The crowd cheered as the team scored a goal.", "The stadium stood empty and silent."},
                new String[] {"Two men are painting the fence red.", "Two men are swimming in the lake."});
        for (String[] pair : scenes) {
            Verdict verdict = judge.check(Statement.of(pair[0]), Statement.of(pair[1]));
            if (verdict.kind() == ConflictKind.CONTRADICTION) {
                modelFindings.add(verdict);
            }
        }
        assertThat(modelFindings).isNotEmpty();
        assertThat(modelFindings).allSatisfy(verdict -> assertThat(verdict.explanation())
                .contains("A says “", "B says “").doesNotContain("““", "“”"));
    }

    @Test
    void theModelReadsAtMostTheCapOfFindingsPerClaimTheStrongestFirstAndAlwaysRereadsStandingFlags() {
        List<Integer> sequences = new ArrayList<>();
        PairScorer counting = new PairScorer() {
            @Override
            public List<NliScores> score(List<TextPair> texts) {
                sequences.add(texts.size());
                return model.score(texts);
            }

            @Override
            public String version() {
                return model.version();
            }
        };
        JudgeSettings settings = JudgeSettings.DEFAULTS;
        ConflictJudge capped = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), counting, settings);
        ConflictDetector.Prepared mine = capped.prepare(Statement.of("The flood in the delta killed 300 people."));
        List<ConflictJudge.Pair> pairs = new ArrayList<>();
        for (int killed = 301; killed <= 300 + 2 * settings.modelPairsPerClaim(); killed++) {
            pairs.add(new ConflictJudge.Pair(capped.prepare(Statement.of("The flood in the delta killed " + killed
                    + " people.")), mine));
        }
        ConflictDetector.Prepared standing = capped.prepare(Statement.of("The delta flood killed three hundred people."));
        pairs.add(new ConflictJudge.Pair(standing, mine, true));

        List<Verdict> verdicts = capped.judge(pairs);

        List<Integer> raised = new ArrayList<>();
        for (int i = 0; i < pairs.size() - 1; i++) {
            if (verdicts.get(i).conflict()) {
                raised.add(301 + i);
            }
        }
        assertThat(raised).as("numeric findings raised").hasSize(settings.modelPairsPerClaim());
        assertThat(raised).as("the furthest apart, strongest first")
                .allSatisfy(killed -> assertThat(killed).isGreaterThan(300 + settings.modelPairsPerClaim()));
        assertThat(sequences).as("one model run: each finding within the budget and the standing flag, both ways")
                .containsExactly(2 * (settings.modelPairsPerClaim() + 1));
        assertThat(verdicts.get(pairs.size() - 1).explanation()).doesNotContain("did not read");
    }
}
