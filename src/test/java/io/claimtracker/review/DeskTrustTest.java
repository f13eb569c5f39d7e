package io.claimtracker.review;

import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.DismissReason;
import io.claimtracker.conflict.detect.ConflictKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Proves the desk's record of rulings by kind: each flag counts once, by its latest ruling in the window (a flag
 * dismissed, reopened and confirmed counts as confirmed), dismissals are counted by reason, and the admin page and
 * the {@code claimtracker.flags.ruled} gauges show the same figures.
 */
@QuarkusTest
class DeskTrustTest {

    @Inject
    DeskTrust trust;

    @Inject
    DeskMetrics metrics;

    @Inject
    MeterRegistry registry;

    private static long numericFlag() {
        String topic = unique("Quarry blast");
        long articleId = article(unique("Blast toll"), "14 workers were hurt in the blast. 19 workers were hurt in "
                + "the blast.", "2021-05-04");
        post("/api/articles/" + articleId + "/claims", claim(unique("Foreman"), "14 workers were hurt in the blast",
                topic)).statusCode(201);
        return post("/api/articles/" + articleId + "/claims", claim(unique("Union"), "19 workers were hurt in the blast",
                topic)).statusCode(201).extract().jsonPath().getLong("conflicts[0].id");
    }

    private static Map<String, Object> claim(String speaker, String exact, String topic) {
        return Map.of("speaker", Map.of("name", speaker), "quote", Map.of("exact", exact), "statement", exact + ".",
                "topic", topic);
    }

    private static void rule(long flagId, String action, String reason) {
        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
        Map<String, Object> decision = new HashMap<>(Map.of("action", action, "version", version));
        if (reason != null) {
            decision.put("reason", reason);
        }
        post("/api/conflicts/" + flagId + "/decisions", decision).statusCode(200);
    }

    private DeskTrust.KindRulings numeric() {
        return trust.since(Timestamps.now().minus(DeskTrust.WINDOW)).kinds().stream()
                .filter(kind -> kind.kind() == ConflictKind.NUMERIC).findFirst()
                .orElse(new DeskTrust.KindRulings(ConflictKind.NUMERIC, 0, 0, Map.of()));
    }

    @Test
    void eachFlagCountsOnceByItsLatestRulingAndDismissalsByReason() {
        DeskTrust.KindRulings before = numeric();
        long confirmed = numericFlag();
        long dismissed = numericFlag();
        long changedMind = numericFlag();
        rule(confirmed, "CONFIRM", null);
        rule(dismissed, "DISMISS", "DIFFERENT_EVENTS");
        rule(changedMind, "DISMISS", "PARAPHRASE");
        rule(changedMind, "REOPEN", null);
        rule(changedMind, "CONFIRM", null);

        DeskTrust.KindRulings after = numeric();
        assertThat(after.confirmed() - before.confirmed()).isEqualTo(2);
        assertThat(after.dismissed() - before.dismissed()).isEqualTo(1);
        assertThat(after.dismissedFor().getOrDefault(DismissReason.DIFFERENT_EVENTS, 0L)
                - before.dismissedFor().getOrDefault(DismissReason.DIFFERENT_EVENTS, 0L)).isEqualTo(1);
        assertThat(after.dismissedFor().getOrDefault(DismissReason.PARAPHRASE, 0L))
                .isEqualTo(before.dismissedFor().getOrDefault(DismissReason.PARAPHRASE, 0L));

        get("/admin/desk").statusCode(200).body(containsString("id=\"kind-numeric\""))
                .body(containsString("<td>" + after.ruled() + "</td>"));
        metrics.refresh();
        assertThat(registry.get("claimtracker.flags.ruled").tags("kind", "NUMERIC", "outcome", "confirmed").gauge()
                .value()).isEqualTo(after.confirmed());
        assertThat(registry.get("claimtracker.flags.ruled").tags("kind", "NUMERIC", "outcome", "dismissed").gauge()
                .value()).isEqualTo(after.dismissed());
    }
}
