package io.claimtracker.conflict.eval;

import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.eval.LabelledPairs.Score;
import io.claimtracker.conflict.eval.LabelledPairs.Scored;

import java.util.List;

/**
 * Searches the judge's thresholds on scored pairs for the highest F1 whose precision is at least its recall and at
 * least a given minimum: for the model alone, and for rules and model at one minimum relatedness.
 */
final class ThresholdSearch {

    /** The best model-alone threshold found and its score. */
    record Alone(double threshold, Score score) {
    }

    /** The best settings found for rules and model and their score. */
    record Combined(JudgeSettings settings, Score score) {
    }

    private ThresholdSearch() {
    }

    static Alone bestAlone(List<Scored> pairs, double minimumPrecision) {
        Alone best = null;
        for (int step = 5; step <= 99; step++) {
            double threshold = step / 100.0;
            Score score = Score.of(pairs, pair -> pair.nli().contradiction() >= threshold);
            if (acceptable(score, minimumPrecision) && (best == null || score.f1() > best.score().f1())) {
                best = new Alone(threshold, score);
            }
        }
        return best;
    }

    static Combined bestCombined(List<Scored> pairs, ConflictJudge judge, double related, double minimumPrecision) {
        JudgeSettings d = JudgeSettings.DEFAULTS;
        Combined best = null;
        for (int confirmStep = 1; confirmStep <= 18; confirmStep++) {
            for (int aloneStep = 20; aloneStep <= 99; aloneStep++) {
                JudgeSettings s = new JudgeSettings(confirmStep * 0.05, aloneStep / 100.0, d.entailmentVeto(),
                        d.unrelatedVeto(), related, d.modelOnlyPerClaim(), d.modelPairsPerClaim(), d.developmentDays());
                Score score = Score.of(pairs, pair -> judge.combine(pair.pair(), pair.rule(), pair.relatedness(),
                        pair.nli(), s).conflict());
                if (acceptable(score, minimumPrecision) && (best == null || score.f1() > best.score().f1())) {
                    best = new Combined(s, score);
                }
            }
        }
        return best;
    }

    private static boolean acceptable(Score score, double minimumPrecision) {
        return score.precision() >= Math.max(score.recall(), minimumPrecision);
    }
}
