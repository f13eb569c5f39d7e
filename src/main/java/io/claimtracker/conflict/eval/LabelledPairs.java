package io.claimtracker.conflict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.conflict.model.NliScores;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Labelled statement pairs ({@code {a, b, gold}} JSON lines), each read once by the rules and the model, so that
 * thresholds can be tried on them without running the model again.
 */
final class LabelledPairs {

    /** One pair: what the rules said, how related the statements are, and the model's scores. */
    record Scored(String id, String a, String b, String gold, ConflictJudge.Pair pair, Verdict rule,
                  double relatedness, NliScores nli) {

        boolean goldConflict() {
            return "contradiction".equals(gold);
        }
    }

    private LabelledPairs() {
    }

    static List<Scored> read(Path file, Predicate<JsonNode> keep, ConflictJudge judge) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode row = json.readTree(line);
                if (keep.test(row)) {
                    rows.add(row);
                }
            }
        }
        List<ConflictJudge.Pair> pairs = rows.stream().map(row -> new ConflictJudge.Pair(
                judge.prepare(Statement.of(row.get("a").asText())), judge.prepare(Statement.of(row.get("b").asText()))))
                .toList();
        List<NliScores> scores = judge.score(pairs, IntStream.range(0, pairs.size()).boxed().toList());
        List<Scored> scored = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            ConflictJudge.Pair pair = pairs.get(i);
            scored.add(new Scored(row.has("id") ? row.get("id").asText() : Integer.toString(i), row.get("a").asText(),
                    row.get("b").asText(), row.get("gold").asText(), pair, judge.rulesOnly(pair),
                    ConflictJudge.relatedness(pair), scores.get(i)));
        }
        return scored;
    }

    /** Precision, recall and F1 of "conflict" predictions against the gold labels. */
    record Score(int tp, int fp, int fn, int tn) {

        static Score of(List<Scored> pairs, Predicate<Scored> flagged) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (Scored pair : pairs) {
                boolean predicted = flagged.test(pair);
                if (predicted && pair.goldConflict()) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (pair.goldConflict()) {
                    fn++;
                } else {
                    tn++;
                }
            }
            return new Score(tp, fp, fn, tn);
        }

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
