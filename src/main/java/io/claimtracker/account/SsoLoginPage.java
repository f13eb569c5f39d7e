package io.claimtracker.account;

import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.failure.StateConflictException;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Signing in through the newsroom's identity provider: Quarkus OIDC's code flow guards this path, and once the
 * provider has signed the person in, they get an account (made on first sign-in, its role from their groups) and a
 * Claim Tracker session like any other, and the provider's own session cookie is dropped. With single sign-on
 * off, the path is guarded like any other page and says so to a signed-in person.
 */
@Path("/login/sso")
@Produces(MediaType.TEXT_HTML)
public class SsoLoginPage {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcSession oidcSession;

    @Inject
    SsoConfig sso;

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @ConfigProperty(name = "quarkus.oidc.tenant-enabled")
    boolean enabled;

    @GET
    public Response signIn(@Context UriInfo uri) {
        if (!enabled) {
            return refused(404, "Single sign-on is not set up on this service. Sign in with your Claim Tracker "
                    + "username and password; an administrator can set up sign-in through the newsroom's identity "
                    + "provider (docs/security.md).");
        }
        String subject = idToken.getIssuer() + " " + idToken.getSubject();
        Object name = idToken.getClaim(sso.usernameClaim());
        Optional<Role> role = roleOf(texts(idToken.getClaim(sso.groupsClaim())));
        oidcSession.logout().await().indefinitely();
        if (role.isEmpty()) {
            return refused(403, "Your account at " + sso.label() + " is not in a group that may use Claim Tracker. "
                    + "Ask an administrator to add you to the editors', reviewers' or admins' group.");
        }
        try {
            Account account = accounts.signedInElsewhere(subject, name == null ? null : texts(name).get(0),
                    role.get());
            SessionService.Opened opened = sessions.open(account.id);
            return Response.seeOther(URI.create("/")).cookie(LoginPage.cookie(opened.cookieValue(), uri, false))
                    .build();
        } catch (DomainException e) {
            return refused(e instanceof StateConflictException ? 409 : 403, e.detail());
        }
    }

    /** The highest role any of the person's groups gives, if any does. */
    Optional<Role> roleOf(List<String> groups) {
        if (any(groups, sso.adminGroups())) {
            return Optional.of(Role.ADMIN);
        }
        if (any(groups, sso.reviewerGroups())) {
            return Optional.of(Role.REVIEWER);
        }
        return any(groups, sso.editorGroups()) ? Optional.of(Role.EDITOR) : Optional.empty();
    }

    private static boolean any(List<String> groups, Optional<List<String>> granting) {
        return granting.map(names -> names.stream().anyMatch(groups::contains)).orElse(false);
    }

    /** A claim's value as text: each member of a list (a JSON array too), or a single value. */
    private static List<String> texts(Object claim) {
        List<String> texts = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> texts.add(value instanceof JsonString text ? text.getString() : String.valueOf(value)));
        } else if (claim instanceof JsonString text) {
            texts.add(text.getString());
        } else if (claim != null) {
            texts.add(claim.toString());
        }
        return texts;
    }

    private static Response refused(int status, String message) {
        return Response.status(status).entity(LoginPage.Templates.login("/", "", message, false)).build();
    }
}
