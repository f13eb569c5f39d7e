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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs detection as the service does (each claim, in order, against the claims of its topic stored before it) on
 * an editor's gold set of claims over real articles, and reports which flags are real. The gold names each quote
 * by code-point offsets into the article file and checks it by hash, so the articles' text is read from their
 * folder at run time and never stored with the gold. Usage: {@code EvaluateSeedGold gold.json articles-folder}.
 */
public final class EvaluateSeedGold {

    private EvaluateSeedGold() {
    }

    record GoldClaim(String id, String quote, Statement statement) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvaluateSeedGold gold.json articles-folder");
            System.exit(2);
        }
        JsonNode gold = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        List<GoldClaim> claims = claims(gold, Path.of(args[1]));
        Map<String, Set<String>> expected = new HashMap<>();
        gold.get("expected").fields().forEachRemaining(kind -> kind.getValue().forEach(pair ->
                expected.computeIfAbsent(kind.getKey(), k -> new TreeSet<>()).add(key(pair.get(0).asText(),
                        pair.get(1).asText()))));
        try (OnnxPairScorer model = OnnxPairScorer.load(2)) {
            ConflictJudge judge = new ConflictJudge(new ConflictDetector(WordNetSenses.load()), model,
                    JudgeSettings.DEFAULTS);
            Map<String, Verdict> flagged = new LinkedHashMap<>();
            Map<String, Verdict> developments = new LinkedHashMap<>();
            Map<String, Verdict> byRules = new LinkedHashMap<>();
            Map<String, Verdict> declined = new LinkedHashMap<>();
            for (int i = 1; i < claims.size(); i++) {
                GoldClaim mine = claims.get(i);
                List<ConflictJudge.Pair> pairs = new ArrayList<>();
                for (GoldClaim earlier : claims.subList(0, i)) {
                    pairs.add(new ConflictJudge.Pair(judge.prepare(earlier.statement()), judge.prepare(mine.statement())));
                }
                List<Verdict> verdicts = judge.judge(pairs);
                for (int j = 0; j < i; j++) {
                    String pair = key(claims.get(j).id(), mine.id());
                    Verdict rule = judge.rulesOnly(pairs.get(j));
                    if (rule.conflict()) {
                        byRules.put(pair, rule);
                    }
                    if (verdicts.get(j).conflict()) {
                        flagged.put(pair, verdicts.get(j));
                    } else if (verdicts.get(j).kind() == ConflictKind.DEVELOPMENT) {
                        developments.put(pair, verdicts.get(j));
                    } else {
                        declined.put(pair, rule.conflict() ? verdicts.get(j) : rule);
                    }
                }
            }
            Set<String> conflicts = expected.getOrDefault("conflict", Set.of());
            System.out.printf(Locale.ROOT, "rules alone: flags %d, real %d, agreeing pairs flagged %d%n", byRules.size(),
                    byRules.keySet().stream().filter(conflicts::contains).count(), byRules.keySet().stream()
                            .filter(expected.getOrDefault("agree", Set.of())::contains).count());
            report(claims, expected, flagged, developments, declined);
        }
    }

    private static void report(List<GoldClaim> claims, Map<String, Set<String>> expected, Map<String, Verdict> flagged,
                               Map<String, Verdict> developments, Map<String, Verdict> declined) {
        Set<String> conflicts = expected.getOrDefault("conflict", Set.of());
        Set<String> agreeing = expected.getOrDefault("agree", Set.of());
        int real = 0;
        System.out.printf(Locale.ROOT, "%d claims, %d pairs compared%n", claims.size(),
                claims.size() * (claims.size() - 1) / 2);
        for (var flag : flagged.entrySet()) {
            boolean isReal = conflicts.contains(flag.getKey());
            real += isReal ? 1 : 0;
            String label = isReal ? "real" : agreeing.contains(flag.getKey()) ? "WRONG (agreeing pair)" : "WRONG";
            System.out.printf(Locale.ROOT, "  flag %-8s %-22s %s: %s%n", flag.getKey(), label, flag.getValue().kind(),
                    flag.getValue().explanation());
        }
        for (var noted : developments.entrySet()) {
            System.out.printf(Locale.ROOT, "  development %-8s %s%n", noted.getKey(), noted.getValue().explanation());
        }
        conflicts.stream().filter(declined::containsKey).forEach(pair -> System.out.printf(Locale.ROOT,
                "  missed %-8s %s%n", pair, declined.get(pair).explanation()));
        long agreeingFlagged = flagged.keySet().stream().filter(agreeing::contains).count();
        long missed = conflicts.stream().filter(pair -> !flagged.containsKey(pair)).count();
        System.out.printf(Locale.ROOT, "flags %d, real %d (%.0f%%), agreeing pairs flagged %d of %d, expected conflicts "
                        + "found %d of %d (missed %d), developments noted %d (expected %d)%n", flagged.size(), real,
                flagged.isEmpty() ? 100.0 : 100.0 * real / flagged.size(), agreeingFlagged, agreeing.size(),
                conflicts.size() - missed, conflicts.size(), missed, developments.size(),
                expected.getOrDefault("development", Set.of()).size());
    }

    private static List<GoldClaim> claims(JsonNode gold, Path folder) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonNode article : gold.get("articles")) {
            texts.put(article.get("key").asText(), Files.readString(folder.resolve(article.get("file").asText()),
                    StandardCharsets.UTF_8));
            JsonNode date = article.get("date");
            dates.put(article.get("key").asText(), date == null || date.isNull() ? null : LocalDate.parse(date.asText()));
        }
        List<GoldClaim> claims = new ArrayList<>();
        for (JsonNode claim : gold.get("claims")) {
            String text = texts.get(claim.get("article").asText());
            int start = text.offsetByCodePoints(0, claim.get("start").asInt());
            int end = text.offsetByCodePoints(0, claim.get("end").asInt());
            String quote = text.substring(start, end);
            if (!sha256(quote).startsWith(claim.get("sha256").asText())) {
                throw new IllegalStateException("Claim " + claim.get("id").asText() + ": the quote at "
                        + claim.get("start").asInt() + " is not the text the gold was written for");
            }
            claims.add(new GoldClaim(claim.get("id").asText(), quote, new Statement(claim.get("statement").asText(),
                    dates.get(claim.get("article").asText()), NameKey.of(claim.get("speaker").asText()), null, null,
                    claim.get("article").asText())));
        }
        return claims;
    }

    private static String key(String first, String second) {
        return Integer.parseInt(first.substring(1)) < Integer.parseInt(second.substring(1)) ? first + "-" + second
                : second + "-" + first;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
