package io.claimtracker.account;

import io.claimtracker.common.CurrentUser;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of an authenticated account, with the roles its role includes. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(long accountId, String username, Role role, String via) {
        return builder(accountId, username, role, via).build();
    }

    static SecurityIdentity ofSession(SessionService.ActiveSession session) {
        return builder(session.accountId(), session.username(), session.role(), CurrentUser.VIA_SESSION)
                .addAttribute(CurrentUser.CSRF, session.csrfToken())
                .addAttribute(CurrentUser.SESSION, session.idHash())
                .build();
    }

    private static QuarkusSecurityIdentity.Builder builder(long accountId, String username, Role role, String via) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRoles(Role.granted(role))
                .addAttribute(CurrentUser.ACCOUNT_ID, accountId)
                .addAttribute(CurrentUser.VIA, via);
    }
}
