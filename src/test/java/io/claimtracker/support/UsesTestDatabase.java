package io.claimtracker.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers {@link TestDatabase} and {@link TestAccounts} once for every Quarkus test in the suite. */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TestAccounts.class, scope = TestResourceScope.GLOBAL)
public final class UsesTestDatabase {

    private UsesTestDatabase() {
    }
}
