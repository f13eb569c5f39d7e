package io.claimtracker.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.claimtracker.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Proves that health (with the database check), metrics and the API description are served. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void healthIsUpAndIncludesTheDatabase() {
        get("/q/health").statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsAreExposedInPrometheusFormat() {
        get("/api/articles");
        String metrics = get("/q/metrics").statusCode(200).extract().asString();
        assertThat(metrics).contains("# TYPE", "http_server_requests_seconds_count", "jvm_memory_used_bytes");
    }

    @Test
    void openApiDescribesEveryEndpointAndSwaggerUiIsServed() {
        String openApi = get("/q/openapi").statusCode(200).extract().asString();
        assertThat(openApi).contains("/api/articles:", "/api/articles/{id}:", "/api/articles/{articleId}/claims:",
                "/api/claims:", "/api/claims/{id}:", "/api/speakers:", "/api/speakers/{id}:", "/api/topics:",
                "/api/topics/{id}:", "/api/audit:", "/api/account/tokens:", "/api/users:", "/api/imports:",
                "/api/exports/claims.csv:", "/api/articles/{id}/suggestions:", "securitySchemes:", "scheme: bearer",
                "scheme: basic");
        get("/q/swagger-ui/").statusCode(200).body(containsString("swagger"));
    }
}
