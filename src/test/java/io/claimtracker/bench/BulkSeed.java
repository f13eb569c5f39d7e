package io.claimtracker.bench;

import jakarta.persistence.EntityManager;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Writes claims and open flags in bulk with SQL for benchmarks, copying one claim stored through the API. */
final class BulkSeed {

    private BulkSeed() {
    }

    /** Stores an article and one claim in a new topic through the API; returns the claim's id. */
    static long templateClaim(String label) {
        long articleId = given().contentType("application/json").body(Map.of("title", label, "outlet", "Bench Herald",
                        "publishedAt", "2016-09-19", "body", "The mayor said 40 homes flooded in Žilina on Sunday."))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        return given().contentType("application/json").body(Map.of("speaker", Map.of("name", "Mayor " + label),
                        "quote", Map.of("exact", "40 homes flooded"), "statement", "40 homes flooded in Žilina.",
                        "topic", label + " " + articleId))
                .post("/api/articles/" + articleId + "/claims").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** Copies the template claim {@code count} times, each with its own count of homes; within a transaction. */
    static void copies(EntityManager entityManager, long template, int count) {
        for (int i = 0; i < count; i++) {
            entityManager.createNativeQuery("INSERT INTO claim (article_id, speaker_id, topic_id, quote_exact, "
                            + "quote_prefix, quote_suffix, quote_start, quote_end, statement, said_on, created_by, "
                            + "created_at, updated_at, version, proposition, stance, speaker_named, speaker_role) "
                            + "SELECT article_id, speaker_id, topic_id, quote_exact, quote_prefix, quote_suffix, "
                            + "quote_start, quote_end, CONCAT(?2, ' homes flooded in Žilina.'), "
                            + "DATE_ADD('2016-09-01', INTERVAL ?3 DAY), created_by, created_at, updated_at, 0, "
                            + "proposition, stance, speaker_named, speaker_role FROM claim WHERE id = ?1")
                    .setParameter(1, template).setParameter(2, 41 + i).setParameter(3, i % 30).executeUpdate();
        }
    }

    /**
     * Flags open between claims from the template on whose ids differ by at most {@code reach} (every pair when
     * reach is large); returns how many were written. Within a transaction.
     */
    static int flags(EntityManager entityManager, long template, long reach) {
        return entityManager.createNativeQuery("INSERT INTO conflict (claim_a_id, claim_b_id, kind, score, "
                        + "explanation, reversal, status, detector_version, detected_at, updated_at, version, "
                        + "topic_a_id, topic_b_id) "
                        + "SELECT a.id, b.id, 'NUMERIC', RAND(7), 'The counts differ.', FALSE, 'OPEN', 'bench', "
                        + "NOW(6), NOW(6), 0, a.topic_id, b.topic_id FROM claim a JOIN claim b ON a.id < b.id AND b.id - a.id <= ?2 "
                        + "WHERE a.id >= ?1 AND b.id >= ?1 AND NOT EXISTS "
                        + "(SELECT 1 FROM conflict f WHERE f.claim_a_id = a.id AND f.claim_b_id = b.id)")
                .setParameter(1, template).setParameter(2, reach).executeUpdate();
    }
}
