package io.claimtracker.conflict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.conflict.detect.WordNetSenses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates the detector on JSON-lines files of labelled pairs {@code {id, a, b, gold}}, where gold
 * "contradiction" counts as a conflict and anything else as none. Prints precision, recall, F1, the confusion
 * matrix and pairs per second for each file. {@code --show N} also prints N wrong answers of each kind.
 */
public final class EvaluateDetector {

    private EvaluateDetector() {
    }

    /** One labelled pair and what the detector said. */
    record Judged(String id, String a, String b, String gold, Verdict verdict) {

        boolean goldConflict() {
            return "contradiction".equals(gold);
        }
    }

    public static void main(String[] args) throws IOException {
        int show = 0;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--show")) {
                show = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: EvaluateDetector [--show N] pairs.jsonl [more.jsonl ...]");
            System.exit(2);
        }
        ConflictDetector detector = new ConflictDetector(WordNetSenses.load());
        detector.check(Statement.of("warm up"), Statement.of("warm up"));
        for (Path file : files) {
            report(detector, file, show);
        }
    }

    static List<Judged> judge(ConflictDetector detector, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Judged> judged = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode pair = json.readTree(line);
            String a = pair.get("a").asText();
            String b = pair.get("b").asText();
            judged.add(new Judged(pair.get("id").asText(), a, b, pair.get("gold").asText(),
                    detector.check(Statement.of(a), Statement.of(b))));
        }
        return judged;
    }

    private static void report(ConflictDetector detector, Path file, int show) throws IOException {
        long started = System.nanoTime();
        List<Judged> judged = judge(detector, file);
        double seconds = (System.nanoTime() - started) / 1e9;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        Map<String, int[]> byGold = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        for (Judged one : judged) {
            boolean predicted = one.verdict().conflict();
            byGold.computeIfAbsent(one.gold(), g -> new int[2])[predicted ? 1 : 0]++;
            if (predicted) {
                byKind.merge(one.verdict().kind() + (one.goldConflict() ? " (right)" : " (wrong)"), 1, Integer::sum);
            }
            if (predicted && one.goldConflict()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (one.goldConflict()) {
                fn++;
            } else {
                tn++;
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%s: %d pairs%n", file.getFileName(), judged.size());
        System.out.printf(Locale.ROOT, "  precision %.3f  recall %.3f  F1 %.3f  (%.0f pairs/s)%n",
                precision, recall, f1, judged.size() / seconds);
        System.out.printf(Locale.ROOT, "  confusion          flagged  not flagged%n");
        System.out.printf(Locale.ROOT, "    conflict        %7d  %11d%n", tp, fn);
        System.out.printf(Locale.ROOT, "    no conflict     %7d  %11d%n", fp, tn);
        byGold.forEach((gold, counts) -> System.out.printf(Locale.ROOT, "    gold %-13s flagged %4d of %4d%n",
                gold, counts[1], counts[0] + counts[1]));
        byKind.forEach((kind, count) -> System.out.printf(Locale.ROOT, "    %-28s %4d%n", kind, count));
        if (show > 0) {
            printSome("false positives", judged.stream().filter(j -> j.verdict().conflict() && !j.goldConflict()).toList(), show);
            printSome("missed conflicts", judged.stream().filter(j -> !j.verdict().conflict() && j.goldConflict()).toList(), show);
        }
    }

    private static void printSome(String title, List<Judged> judged, int show) {
        System.out.println("  " + title + ":");
        judged.stream().limit(show).forEach(j -> System.out.println("    [" + j.id() + "] " + j.a() + "  ||  " + j.b()
                + (j.verdict().conflict() ? "  => " + j.verdict().kind() + ": " + j.verdict().explanation() : "")));
    }
}
