package io.claimtracker.conflict.eval;

import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.conflict.detect.WordNetSenses;
import io.claimtracker.conflict.eval.LabelledPairs.Score;
import io.claimtracker.conflict.eval.LabelledPairs.Scored;
import io.claimtracker.conflict.model.OnnxPairScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Evaluates conflict detection on JSON-lines files of labelled pairs {@code {id, a, b, gold}}, where gold
 * "contradiction" counts as a conflict and anything else as none: the rules alone, the model alone and the two
 * together (as the service runs them), side by side. {@code --show N} prints N wrong answers of the combination;
 * {@code --ceiling} also prints the best F1 (precision at least recall) that thresholds fitted on the file itself
 * would reach — a bound on what calibration can do with this model, never a way to set the service's thresholds.
 */
public final class EvaluateDetector {

    private EvaluateDetector() {
    }

    public static void main(String[] args) throws IOException {
        int show = 0;
        boolean ceiling = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--show")) {
                show = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--ceiling")) {
                ceiling = true;
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: EvaluateDetector [--show N] [--ceiling] pairs.jsonl [more.jsonl ...]");
            System.exit(2);
        }
        JudgeSettings settings = JudgeSettings.DEFAULTS;
        try (OnnxPairScorer model = OnnxPairScorer.load(2)) {
            ConflictJudge judge = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), model, settings);
            System.out.printf(Locale.ROOT, "detector %s; thresholds confirm %.2f, alone %.2f, entailment veto %.2f, "
                            + "related %.2f%n", JudgeSettings.VERSION, settings.confirm(), settings.alone(),
                    settings.entailmentVeto(), settings.minRelatedness());
            for (Path file : files) {
                long started = System.nanoTime();
                List<Scored> pairs = LabelledPairs.read(file, row -> true, judge);
                double seconds = (System.nanoTime() - started) / 1e9;
                report(file, pairs, judge, settings, seconds, show);
                if (ceiling) {
                    printCeiling(pairs, judge, settings);
                }
            }
        }
    }

    private static void report(Path file, List<Scored> pairs, ConflictJudge judge, JudgeSettings settings,
                               double seconds, int show) {
        Map<Scored, Verdict> combined = new java.util.IdentityHashMap<>();
        for (Scored pair : pairs) {
            combined.put(pair, judge.combine(pair.pair(), pair.rule(), pair.relatedness(), pair.nli(), settings));
        }
        System.out.printf(Locale.ROOT, "%s: %d pairs, %.0f pairs/s (rules and model, both directions)%n",
                file.getFileName(), pairs.size(), pairs.size() / seconds);
        line("rules alone", Score.of(pairs, pair -> pair.rule().conflict()));
        line("model alone", Score.of(pairs, pair -> pair.nli().contradiction() >= settings.alone()));
        Predicate<Scored> flagged = pair -> combined.get(pair).conflict();
        line("rules + model", Score.of(pairs, flagged));
        Map<String, Integer> byKind = new TreeMap<>();
        for (Scored pair : pairs) {
            Verdict verdict = combined.get(pair);
            if (verdict.conflict()) {
                byKind.merge(verdict.kind() + (pair.goldConflict() ? " (right)" : " (wrong)"), 1, Integer::sum);
            }
        }
        byKind.forEach((kind, count) -> System.out.printf(Locale.ROOT, "    %-30s %4d%n", kind, count));
        if (show > 0) {
            printSome("false positives", pairs.stream().filter(p -> flagged.test(p) && !p.goldConflict()).toList(),
                    combined, show);
            printSome("missed conflicts", pairs.stream().filter(p -> !flagged.test(p) && p.goldConflict()).toList(),
                    combined, show);
        }
    }

    private static void printCeiling(List<Scored> pairs, ConflictJudge judge, JudgeSettings settings) {
        ThresholdSearch.Alone alone = ThresholdSearch.bestAlone(pairs, 0);
        if (alone != null) {
            line(String.format(Locale.ROOT, "ceiling, model alone %.2f", alone.threshold()), alone.score());
        }
        ThresholdSearch.Combined combined = ThresholdSearch.bestCombined(pairs, judge, settings.minRelatedness(), 0);
        if (combined != null) {
            line(String.format(Locale.ROOT, "ceiling, rules + model %.2f / %.2f", combined.settings().confirm(),
                    combined.settings().alone()), combined.score());
        }
    }

    private static void line(String label, Score score) {
        System.out.printf(Locale.ROOT, "  %-14s precision %.3f  recall %.3f  F1 %.3f   (tp %d, fp %d, fn %d, tn %d)%n",
                label, score.precision(), score.recall(), score.f1(), score.tp(), score.fp(), score.fn(), score.tn());
    }

    private static void printSome(String title, List<Scored> pairs, Map<Scored, Verdict> verdicts, int show) {
        System.out.println("  " + title + ":");
        pairs.stream().limit(show).forEach(p -> System.out.printf(Locale.ROOT, "    [%s] %s  ||  %s  (c=%.2f e=%.2f)%s%n",
                p.id(), p.a(), p.b(), p.nli().contradiction(), p.nli().entailment(),
                verdicts.get(p).conflict() ? "  => " + verdicts.get(p).kind() + ": " + verdicts.get(p).explanation() : ""));
    }
}
