package io.claimtracker.account;

import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Requires the session's form token in an {@code X-CSRF-Token} header on every API write made with a browser
 * session cookie, so another site cannot make a signed-in browser change records; tokens and Basic need none.
 */
public class ApiWriteGuard {

    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentUser user;

    @ServerRequestFilter
    public Response requireTokenForCookieWrites(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")
                || !CurrentUser.VIA_SESSION.equals(user.via())) {
            return null;
        }
        if (Secrets.same(request.getHeaderString(HEADER), user.csrfToken())) {
            return null;
        }
        return Problems.response(Problem.of(403, "Security token missing", "This API request was authenticated by a "
                + "browser session cookie alone. Send the session's token (the csrf-token meta element of any page) "
                + "in an " + HEADER + " header, or use a personal API token."));
    }
}
