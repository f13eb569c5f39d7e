package io.claimtracker.operations;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that, with tracing turned on, attaching a claim leaves one trace from the HTTP request to the stored
 * flags: the request's server span, and beneath it the check's three steps (gather, judge, store) tagged with the
 * claim and with how many pairs, conflicts and flags each produced.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    private static final AttributeKey<Long> CLAIM = AttributeKey.longKey("claimtracker.claim.id");

    /** Tracing on, spans handed to the exporters quickly. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "PT0.2S");
        }
    }

    @Inject
    SpanCapture spans;

    @Test
    void aClaimsTraceRunsFromTheRequestToTheStoredFlags() throws InterruptedException {
        String topic = unique("Tram depot");
        long first = article(unique("Depot opens"), "The tram depot opened on Monday, the mayor said.", "2024-04-02");
        long second = article(unique("Depot shut"), "The tram depot did not open on Monday, drivers said.", "2024-04-03");
        post("/api/articles/" + first + "/claims", Map.of("speaker", Map.of("name", "Mayor Ida Ström", "newSpeaker", true),
                "quote", Map.of("exact", "The tram depot opened on Monday"),
                "statement", "The tram depot opened on Monday.", "topic", topic)).statusCode(201);
        long claimId = post("/api/articles/" + second + "/claims", Map.of("speaker", Map.of("name", "Tram drivers"),
                        "quote", Map.of("exact", "The tram depot did not open on Monday"),
                        "statement", "The tram depot did not open on Monday.", "topic", topic))
                .statusCode(201).extract().jsonPath().getLong("id");

        SpanData store = awaitSpan("detection.store", claimId);
        List<SpanData> trace = awaitServerSpan(store.getTraceId());
        SpanData server = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertThat(server.getName()).startsWith("POST").contains("/claims");
        for (String step : List.of("detection.gather", "detection.judge", "detection.store")) {
            SpanData found = trace.stream().filter(span -> span.getName().equals(step)).findFirst().orElseThrow();
            assertThat(found.getAttributes().get(CLAIM)).isEqualTo(claimId);
            assertThat(ancestors(found, trace)).as("%s lies under the request", step).contains(server.getSpanId());
        }
        assertThat(store.getAttributes().get(AttributeKey.longKey("claimtracker.detection.flags"))).isEqualTo(1L);
        SpanData gather = trace.stream().filter(span -> span.getName().equals("detection.gather")).findFirst().orElseThrow();
        assertThat(gather.getAttributes().get(AttributeKey.longKey("claimtracker.detection.pairs"))).isPositive();
    }

    private SpanData awaitSpan(String name, long claimId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<SpanData> found = spans.finished().stream()
                    .filter(span -> span.getName().equals(name) && Long.valueOf(claimId).equals(span.getAttributes().get(CLAIM)))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + name + " span for claim " + claimId + " within 20 s");
    }

    /** The spans of the trace once its request's server span has ended and been exported (the check may end first). */
    private List<SpanData> awaitServerSpan(String traceId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<SpanData> trace = spans.finished().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
            if (trace.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER) || Instant.now().isAfter(deadline)) {
                return trace;
            }
            Thread.sleep(100);
        }
    }

    private static List<String> ancestors(SpanData span, List<SpanData> trace) {
        java.util.ArrayList<String> chain = new java.util.ArrayList<>();
        String parent = span.getParentSpanId();
        while (parent != null && !parent.isEmpty() && !"0000000000000000".equals(parent)) {
            chain.add(parent);
            String current = parent;
            parent = trace.stream().filter(other -> other.getSpanId().equals(current)).findFirst()
                    .map(SpanData::getParentSpanId).orElse(null);
        }
        return chain;
    }
}
