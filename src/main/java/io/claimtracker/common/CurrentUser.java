package io.claimtracker.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The name recorded as author of changes: the logged-in user, or "anonymous" while no login is configured. */
@RequestScoped
public class CurrentUser {

    public static final String ANONYMOUS = "anonymous";

    @Inject
    Instance<SecurityIdentity> identity;

    public String name() {
        if (!identity.isResolvable() || identity.get().isAnonymous()) {
            return ANONYMOUS;
        }
        return identity.get().getPrincipal().getName();
    }
}
