package io.claimtracker.dating.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.conflict.detect.EventDating;
import io.claimtracker.conflict.detect.WordNetSenses;
import io.claimtracker.dating.DateWarning;
import io.claimtracker.dating.DatingCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the date check on the seed articles as an editor would meet them: each article under the date its file
 * states, the gold claims attached, one article's date confirmed per trial; prints which articles are warned and
 * whether each warned or silent article is misdated. Usage: EvaluateSeedDating seed-conflicts.json seed-dating.json
 * seeds-folder.
 */
public final class EvaluateSeedDating {

    private static final Pattern STATED = Pattern.compile("(?m)^\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday)\\s+(\\d{1,2} [A-Z][a-z]+ \\d{4})\\s*$");
    private static final DateTimeFormatter STATED_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final int TOLERANCE_DAYS = 31;

    private EvaluateSeedDating() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: EvaluateSeedDating seed-conflicts.json seed-dating.json seeds-folder");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(Path.of(args[0]).toFile());
        JsonNode dating = json.readTree(Path.of(args[1]).toFile());
        Path folder = Path.of(args[2]);
        DatingCheck check = new DatingCheck(new EventDating(WordNetSenses.load()));
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, LocalDate> truth = new LinkedHashMap<>();
        for (JsonNode article : gold.get("articles")) {
            String key = article.get("key").asText();
            bodies.put(key, Files.readString(folder.resolve(article.get("file").asText()), StandardCharsets.UTF_8));
            truth.put(key, LocalDate.parse(article.get("date").asText()));
        }
        Map<String, List<String>> statements = new LinkedHashMap<>();
        Map<String, List<DatingCheck.GivenRole>> roles = new LinkedHashMap<>();
        for (JsonNode claim : gold.get("claims")) {
            String key = claim.get("article").asText();
            statements.computeIfAbsent(key, k -> new ArrayList<>()).add(claim.get("statement").asText());
            JsonNode role = dating.get("claimRoles").get(claim.get("id").asText());
            String speaker = claim.get("speaker").asText();
            if (role != null) {
                List<DatingCheck.Period> periods = new ArrayList<>();
                for (JsonNode period : dating.get("roles").path(speaker)) {
                    periods.add(new DatingCheck.Period(period.get("title").asText(), day(period.get("from")),
                            day(period.get("to"))));
                }
                roles.computeIfAbsent(key, k -> new ArrayList<>()).add(new DatingCheck.GivenRole(speaker,
                        role.asText(), periods));
            }
        }
        for (JsonNode trial : dating.get("trials")) {
            System.out.println("== " + trial.get("name").asText());
            Map<String, DatingCheck.Prepared> prepared = new LinkedHashMap<>();
            long id = 0;
            for (String key : bodies.keySet()) {
                JsonNode confirmed = trial.get("confirm").get(key);
                LocalDate date = confirmed != null ? LocalDate.parse(confirmed.asText()) : stated(bodies.get(key));
                prepared.put(key, check.prepare(new DatingCheck.Source(++id, key, date, confirmed != null,
                        bodies.get(key), statements.getOrDefault(key, List.of()))));
            }
            int caught = 0;
            int missed = 0;
            int wronglyWarned = 0;
            for (var entry : prepared.entrySet()) {
                String key = entry.getKey();
                DatingCheck.Source source = entry.getValue().source();
                if (source.confirmed()) {
                    continue;
                }
                if (source.date() == null) {
                    System.out.println(key + ": no stated date, not checked");
                    continue;
                }
                List<DateWarning> warnings = check.check(entry.getValue(), roles.getOrDefault(key, List.of()),
                        List.copyOf(prepared.values()));
                boolean misdated = Math.abs(ChronoUnit.DAYS.between(source.date(), truth.get(key))) > TOLERANCE_DAYS;
                String verdict = misdated ? (warnings.isEmpty() ? "MISSED" : "CAUGHT")
                        : (warnings.isEmpty() ? "correctly silent" : "WRONGLY WARNED");
                caught += misdated && !warnings.isEmpty() ? 1 : 0;
                missed += misdated && warnings.isEmpty() ? 1 : 0;
                wronglyWarned += !misdated && !warnings.isEmpty() ? 1 : 0;
                System.out.printf(Locale.ROOT, "%s: stated %s, true %s: %s, %d warning(s)%n", key, source.date(),
                        truth.get(key), verdict, warnings.size());
                warnings.forEach(warning -> System.out.println("   " + warning.kind() + ": " + warning.message()
                        + (warning.suggestedFrom() == null ? "" : " [fits " + warning.suggestedFrom() + " to "
                        + warning.suggestedTo() + "]")));
            }
            System.out.printf(Locale.ROOT, "misdated caught %d, missed %d; correctly dated wrongly warned %d%n",
                    caught, missed, wronglyWarned);
        }
    }

    private static LocalDate stated(String body) {
        Matcher matcher = STATED.matcher(body.substring(0, Math.min(body.length(), 400)));
        return matcher.find() ? LocalDate.parse(matcher.group(1), STATED_FORMAT) : null;
    }

    private static LocalDate day(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}
