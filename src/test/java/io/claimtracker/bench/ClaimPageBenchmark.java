package io.claimtracker.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the suite: the claim page and its "worth a look" tier among 100,000 claims with four pairs
 * worth a look each (400,000 stored pairs), timing the server's response to each. Claims and pairs are written in
 * bulk with SQL. Run with {@code ./mvnw test -Dtest=ClaimPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(ProductionSettings.class)
class ClaimPageBenchmark {

    private static final int CLAIMS = 100_000;
    private static final int LEADS_PER_CLAIM = 4;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 30;
    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
            + "UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 "
            + "UNION ALL SELECT 9)";

    @Inject
    EntityManager entityManager;

    @Test
    void claimPageAndItsTierAmongOneHundredThousandClaims() {
        long template = BulkSeed.templateClaim("Claim page volume");
        long seeded = System.nanoTime();
        int copies = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("INSERT INTO claim "
                        + "(article_id, speaker_id, topic_id, quote_exact, quote_prefix, quote_suffix, quote_start, "
                        + "quote_end, statement, said_on, created_by, created_at, updated_at, version, proposition, "
                        + "stance, speaker_named, speaker_role) SELECT c.article_id, c.speaker_id, c.topic_id, "
                        + "c.quote_exact, c.quote_prefix, c.quote_suffix, c.quote_start, c.quote_end, "
                        + "CONCAT(41 + n.n, ' homes flooded in Žilina.'), DATE_ADD('2016-09-01', INTERVAL MOD(n.n, 30) "
                        + "DAY), c.created_by, c.created_at, c.updated_at, 0, c.proposition, c.stance, "
                        + "c.speaker_named, c.speaker_role FROM claim c, (SELECT a.d + 10 * b.d + 100 * e.d + 1000 * f.d "
                        + "+ 10000 * g.d AS n FROM " + DIGITS + " a, " + DIGITS + " b, " + DIGITS + " e, " + DIGITS
                        + " f, " + DIGITS + " g) n WHERE c.id = ?1 AND n.n < ?2 ORDER BY n.n")
                .setParameter(1, template).setParameter(2, CLAIMS - 1).executeUpdate());
        long last = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT MAX(id) FROM claim").getSingleResult()).longValue());
        int pairs = 0;
        for (int step = 1; step <= LEADS_PER_CLAIM; step++) {
            int reach = step;
            pairs += QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("INSERT INTO "
                            + "possible_conflict (claim_a_id, claim_b_id, kind, dates_needed, score, reason, status, "
                            + "fingerprint, detector_version, detected_at, updated_at, version) SELECT a.id, b.id, NULL, "
                            + "FALSE, 0.5 + RAND(7) / 2, CONCAT('The two are close in meaning; read both (', a.id, ')'), "
                            + "'SHOWN', REPEAT('0', 64), 'bench', NOW(6), NOW(6), 0 FROM claim a JOIN claim b "
                            + "ON b.id = a.id + ?2 WHERE a.id >= ?1")
                    .setParameter(1, template).setParameter(2, reach).executeUpdate());
        }
        double seconds = (System.nanoTime() - seeded) / 1e9;
        long middle = template + CLAIMS / 2;
        assertThat(given().get("/api/claims/" + middle + "/worth-a-look").then().statusCode(200).extract().jsonPath()
                .getList("items")).hasSize(LEADS_PER_CLAIM);
        double[] page = ResponseTimes.of("/claims/" + middle, WARM_UP, REQUESTS);
        double[] tier = ResponseTimes.of("/worth-a-look?claim=" + middle, WARM_UP, REQUESTS);
        System.out.printf(Locale.ROOT, "%nClaimPageBenchmark: %d claims up to id %d, %d pairs worth a look, seeded in "
                        + "%.0f s; %d requests after %d warm-up%n  /claims/{id} p50 %.1f ms, p95 %.1f ms%n"
                        + "  /worth-a-look?claim={id} (the tier the page loads) p50 %.1f ms, p95 %.1f ms%n%n",
                copies + 1, last, pairs, seconds, REQUESTS, WARM_UP, page[0], page[1], tier[0], tier[1]);
        assertThat(copies).isEqualTo(CLAIMS - 1);
    }
}
