package io.claimtracker.conflict.eval;

import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.WordNetSenses;
import io.claimtracker.conflict.eval.LabelledPairs.Score;
import io.claimtracker.conflict.eval.LabelledPairs.Scored;
import io.claimtracker.conflict.model.HeldOutSlice;
import io.claimtracker.conflict.model.OnnxPairScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the judge's thresholds on the held-out slice of the training data (pairs whose premise the training
 * script never saw): the highest F1 with precision at least recall (and at least the minimum precision given as
 * the second argument), for the rules and model together and for
 * the model alone, for each of a few minimum relatedness values (a product choice: how much two statements must
 * share before the model alone may flag them). Never run on the evaluation files.
 */
public final class CalibrateJudge {

    private CalibrateJudge() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CalibrateJudge ../shared/data/nli-train/train.jsonl [minimum precision]");
            System.exit(2);
        }
        double minimumPrecision = args.length == 2 ? Double.parseDouble(args[1]) : 0;
        try (OnnxPairScorer model = OnnxPairScorer.load(2)) {
            ConflictJudge judge = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), model,
                    JudgeSettings.DEFAULTS);
            List<Scored> pairs = LabelledPairs.read(Path.of(args[0]),
                    row -> HeldOutSlice.contains(row.get("a").asText()), judge);
            System.out.printf(Locale.ROOT, "held-out slice: %d pairs, %d contradictions%n", pairs.size(),
                    pairs.stream().filter(Scored::goldConflict).count());
            JudgeSettings service = JudgeSettings.DEFAULTS;
            print("rules + model", String.format(Locale.ROOT, "the service's related %.2f: confirm %.2f, alone %.2f",
                    service.minRelatedness(), service.confirm(), service.alone()), Score.of(pairs, pair -> judge.combine(
                    pair.pair(), pair.rule(), pair.relatedness(), pair.nli(), service).conflict()));
            ThresholdSearch.Alone alone = ThresholdSearch.bestAlone(pairs, minimumPrecision);
            print("model alone", alone == null ? "none" : String.format(Locale.ROOT, "alone %.2f", alone.threshold()),
                    alone == null ? null : alone.score());
            for (double related : new double[] {0, 0.2, 0.25, 0.34, 0.5}) {
                ThresholdSearch.Combined best = ThresholdSearch.bestCombined(pairs, judge, related, minimumPrecision);
                print("rules + model", best == null ? "none" : String.format(Locale.ROOT,
                        "related %.2f: confirm %.2f, alone %.2f", related, best.settings().confirm(),
                        best.settings().alone()), best == null ? null : best.score());
            }
        }
    }

    private static void print(String label, String settings, Score score) {
        if (score == null) {
            System.out.println(label + ": no threshold keeps precision at or above recall");
            return;
        }
        System.out.printf(Locale.ROOT, "%-14s %s -> precision %.3f recall %.3f F1 %.3f%n", label, settings,
                score.precision(), score.recall(), score.f1());
    }
}
