package io.claimtracker.conflict.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.conflict.detect.ConflictDetector;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.JudgeSettings;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.conflict.detect.WordNetSenses;
import io.claimtracker.conflict.model.OnnxPairScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs detection in process, as the service does, on a set of real news stories labelled in the news-gold format
 * (articles with dates, claims with statements, conflicts, agreeing traps and developments): each claim, in the
 * order the end-to-end script posts them, against the claims of its story stored before it. Reports recall,
 * precision, traps flagged and developments per story and overall, and each miss and wrong flag with what the
 * rules and the model said. A quick look during development; the service itself is measured with the set's own
 * script. Usage: {@code EvaluateNewsGold gold-folder [--no-dates]}.
 */
public final class EvaluateNewsGold {

    private EvaluateNewsGold() {
    }

    private record GoldClaim(String key, String story, String articleOrder, Statement statement) {
    }

    private record Outcome(Map<String, Verdict> flagged, Map<String, Verdict> noted, Map<String, Verdict> declined,
                           Map<String, Verdict> datesNeeded) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EvaluateNewsGold gold-folder [--no-dates]");
            System.exit(2);
        }
        boolean noDates = List.of(args).contains("--no-dates");
        JsonNode gold = new ObjectMapper().readTree(Path.of(args[0], "gold.json").toFile());
        List<GoldClaim> claims = claims(gold, noDates);
        Map<String, Map<String, String>> labels = Map.of("conflict", pairs(gold, "conflicts"),
                "agree", pairs(gold, "agree"), "development", pairs(gold, "developments"));
        try (OnnxPairScorer model = OnnxPairScorer.load(2)) {
            ConflictJudge judge = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), model,
                    JudgeSettings.DEFAULTS);
            Outcome outcome = run(judge, claims);
            report(claims, labels, outcome);
        }
    }

    private static Outcome run(ConflictJudge judge, List<GoldClaim> claims) {
        Map<String, Verdict> flagged = new LinkedHashMap<>();
        Map<String, Verdict> noted = new LinkedHashMap<>();
        Map<String, Verdict> declined = new LinkedHashMap<>();
        Map<String, Verdict> datesNeeded = new LinkedHashMap<>();
        Map<String, ConflictDetector.Prepared> prepared = new HashMap<>();
        claims.forEach(claim -> prepared.put(claim.key(), judge.prepare(claim.statement())));
        for (int i = 1; i < claims.size(); i++) {
            GoldClaim mine = claims.get(i);
            List<GoldClaim> earlier = claims.subList(0, i).stream().filter(c -> c.story().equals(mine.story()))
                    .toList();
            List<ConflictJudge.Pair> pairs = earlier.stream().map(other -> new ConflictJudge.Pair(
                    prepared.get(other.key()), prepared.get(mine.key()))).toList();
            List<Verdict> verdicts = judge.judge(pairs);
            for (int j = 0; j < earlier.size(); j++) {
                String pair = key(earlier.get(j).key(), mine.key());
                Verdict verdict = verdicts.get(j);
                if (verdict.conflict()) {
                    flagged.put(pair, verdict);
                } else if (verdict.kind() == ConflictKind.DEVELOPMENT) {
                    noted.put(pair, verdict);
                } else if (verdict.kind() == ConflictKind.DATES_NEEDED) {
                    datesNeeded.put(pair, verdict);
                } else {
                    Verdict rule = judge.rulesOnly(pairs.get(j));
                    declined.put(pair, rule.conflict() ? verdict : rule);
                }
            }
        }
        return new Outcome(flagged, noted, declined, datesNeeded);
    }

    private static void report(List<GoldClaim> claims, Map<String, Map<String, String>> labels, Outcome outcome) {
        Map<String, String> statements = new HashMap<>();
        claims.forEach(claim -> statements.put(claim.key(), claim.statement().text()));
        Set<String> stories = new TreeSet<>(Comparator.comparing((String s) -> claims.stream()
                .filter(c -> c.story().equals(s)).findFirst().map(claims::indexOf).orElse(0)));
        claims.forEach(claim -> stories.add(claim.story()));
        int[] overall = new int[8];
        System.out.println("story  recall        precision     traps flagged  developments noted  devs flagged");
        for (String story : stories) {
            int[] row = row(story, labels, outcome);
            for (int k = 0; k < row.length; k++) {
                overall[k] += row[k];
            }
            print(story, row);
        }
        print("all", overall);
        Map<String, String> conflicts = labels.get("conflict");
        for (String pair : new TreeSet<>(conflicts.keySet())) {
            if (!outcome.flagged().containsKey(pair)) {
                Verdict why = outcome.declined().getOrDefault(pair,
                        outcome.noted().getOrDefault(pair, outcome.datesNeeded().get(pair)));
                System.out.printf(Locale.ROOT, "MISS  %-13s %s%n      -> %s%n%s", pair, conflicts.get(pair),
                        why == null ? "?" : why.explanation(), both(pair, statements));
            }
        }
        for (var flag : outcome.flagged().entrySet()) {
            if (!conflicts.containsKey(flag.getKey())) {
                String trap = labels.get("agree").getOrDefault(flag.getKey(),
                        labels.get("development").getOrDefault(flag.getKey(), "unlabelled"));
                System.out.printf(Locale.ROOT, "WRONG %-13s %s %.2f %s%n      (%s)%n%s", flag.getKey(),
                        flag.getValue().kind(), flag.getValue().score(), flag.getValue().explanation(), trap,
                        both(flag.getKey(), statements));
            }
        }
        Map<String, String> developments = labels.get("development");
        for (String pair : new TreeSet<>(developments.keySet())) {
            if (!outcome.noted().containsKey(pair)) {
                Verdict why = outcome.flagged().getOrDefault(pair, outcome.declined().getOrDefault(pair,
                        outcome.datesNeeded().get(pair)));
                System.out.printf(Locale.ROOT, "DEV   %-13s %s%n      -> %s%n%s", pair, developments.get(pair),
                        why == null ? "?" : why.explanation(), both(pair, statements));
            }
        }
        long conflictsAwaitingDates = outcome.datesNeeded().keySet().stream().filter(conflicts::containsKey).count();
        System.out.printf(Locale.ROOT, "DATES NEEDED %d pairs, %d of them gold conflicts%n", outcome.datesNeeded().size(),
                conflictsAwaitingDates);
        for (var noted : outcome.noted().entrySet()) {
            if (!labels.get("development").containsKey(noted.getKey())) {
                System.out.printf(Locale.ROOT, "NOTED %-13s %s%n", noted.getKey(), noted.getValue().explanation());
            }
        }
    }

    private static String both(String pair, Map<String, String> statements) {
        String[] keys = pair.split(" ");
        return "      A " + statements.get(keys[0]) + "\n      B " + statements.get(keys[1]) + "\n";
    }

    /** Gold conflicts, flagged real, flags, traps, traps flagged, developments, developments noted. */
    private static int[] row(String story, Map<String, Map<String, String>> labels, Outcome outcome) {
        Set<String> conflicts = ofStory(labels.get("conflict").keySet(), story);
        Set<String> flags = ofStory(outcome.flagged().keySet(), story);
        Set<String> traps = ofStory(labels.get("agree").keySet(), story);
        Set<String> developments = ofStory(labels.get("development").keySet(), story);
        int real = (int) flags.stream().filter(conflicts::contains).count();
        int trapsFlagged = (int) flags.stream().filter(traps::contains).count();
        int noted = (int) developments.stream().filter(outcome.noted()::containsKey).count();
        return new int[] {conflicts.size(), real, flags.size(), traps.size(), trapsFlagged, developments.size(), noted,
                (int) developments.stream().filter(outcome.flagged()::containsKey).count()};
    }

    private static void print(String story, int[] r) {
        System.out.printf(Locale.ROOT, "%-6s %.2f (%2d/%2d)  %s  %2d/%2d          %2d/%2d               %d%n", story,
                r[0] == 0 ? 0 : (double) r[1] / r[0], r[1], r[0],
                r[2] == 0 ? "   —         " : String.format(Locale.ROOT, "%.2f (%2d/%2d)", (double) r[1] / r[2], r[1], r[2]),
                r[4], r[3], r[6], r[5], r.length > 7 ? r[7] : 0);
    }

    private static Set<String> ofStory(Set<String> pairs, String story) {
        Set<String> of = new TreeSet<>();
        pairs.stream().filter(pair -> pair.startsWith(story + "_")).forEach(of::add);
        return of;
    }

    private static Map<String, String> pairs(JsonNode gold, String field) {
        Map<String, String> pairs = new TreeMap<>();
        gold.get(field).forEach(row -> pairs.put(key(row.get(0).asText(), row.get(1).asText()), row.get(2).asText()));
        return pairs;
    }

    private static List<GoldClaim> claims(JsonNode gold, boolean noDates) {
        JsonNode articles = gold.get("articles");
        List<String> order = new ArrayList<>();
        articles.fieldNames().forEachRemaining(order::add);
        order.sort(Comparator.comparing((String k) -> articles.get(k).get("story").asText())
                .thenComparing(k -> articles.get(k).path("published").asText("9999"))
                .thenComparing(k -> k));
        List<GoldClaim> claims = new ArrayList<>();
        gold.get("claims").fields().forEachRemaining(entry -> {
            JsonNode claim = entry.getValue();
            JsonNode article = articles.get(claim.get("article").asText());
            String published = article.path("published").asText(null);
            LocalDate date = noDates || published == null || published.isBlank() ? null : LocalDate.parse(published);
            claims.add(new GoldClaim(entry.getKey(), article.get("story").asText(),
                    String.format(Locale.ROOT, "%03d", order.indexOf(claim.get("article").asText())),
                    new Statement(claim.get("statement").asText(), date, NameKey.of(claim.get("speaker").asText()),
                            null, null, claim.get("article").asText())));
        });
        claims.sort(Comparator.comparing(GoldClaim::articleOrder).thenComparing(GoldClaim::key));
        return claims;
    }

    private static String key(String first, String second) {
        return first.compareTo(second) < 0 ? first + " " + second : second + " " + first;
    }
}
