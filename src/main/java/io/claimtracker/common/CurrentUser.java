package io.claimtracker.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is making the current request: the name recorded as author of changes, the account, its role and login. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    public static final String ANONYMOUS = "anonymous";
    public static final String ACCOUNT_ID = "claimtracker.account-id";
    public static final String VIA = "claimtracker.via";
    public static final String CSRF = "claimtracker.csrf";
    public static final String SESSION = "claimtracker.session";
    public static final String VIA_SESSION = "session";

    @Inject
    Instance<SecurityIdentity> identity;

    private String actingFor;
    private String actingThrough;

    /** Background work started by someone: changes it makes are recorded as theirs, through the given channel. */
    public void actAs(String name, String channel) {
        this.actingFor = name;
        this.actingThrough = channel;
    }

    /** The channel set by {@link #actAs}, or null for an ordinary request. */
    public String channelOverride() {
        return actingThrough;
    }

    public boolean signedIn() {
        return identity.isResolvable() && !identity.get().isAnonymous();
    }

    public String name() {
        if (actingFor != null) {
            return actingFor;
        }
        return signedIn() ? identity.get().getPrincipal().getName() : ANONYMOUS;
    }

    public Long accountId() {
        return signedIn() ? identity.get().getAttribute(ACCOUNT_ID) : null;
    }

    public boolean hasRole(String role) {
        return signedIn() && identity.get().hasRole(role);
    }

    /** How this request was authenticated: "session", "basic" or "token"; null when anonymous. */
    public String via() {
        return signedIn() ? identity.get().getAttribute(VIA) : null;
    }

    /** The token the browser session's forms must carry; empty outside a browser session. */
    public String csrfToken() {
        String token = signedIn() ? identity.get().getAttribute(CSRF) : null;
        return token == null ? "" : token;
    }

    /** The stored hash of the browser session's cookie, or null. */
    public String sessionHash() {
        return signedIn() ? identity.get().getAttribute(SESSION) : null;
    }
}
