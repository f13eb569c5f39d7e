package io.claimtracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

import java.util.Map;

/**
 * Gives the test service its first admin with a known password and makes every RestAssured request of the suite
 * sign in as that admin with HTTP Basic, unless a test sets its own authentication.
 */
public class TestAccounts implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";

    @Override
    public Map<String, String> start() {
        RestAssured.authentication = RestAssured.preemptive().basic(ADMIN, ADMIN_PASSWORD);
        return Map.of("tracker.admin-password", ADMIN_PASSWORD);
    }

    @Override
    public void stop() {
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }
}
