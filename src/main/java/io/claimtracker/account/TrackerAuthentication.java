package io.claimtracker.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.common.web.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * The one way in: {@code Authorization: Bearer} API tokens, HTTP Basic for scripts, or the browser's session
 * cookie. Without credentials a page request is sent to the login form and an API request gets 401; repeated
 * failed logins get 429 and an unreachable database 503.
 */
@ApplicationScoped
public class TrackerAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "ct_session";
    static final String REALM = "Claim Tracker";
    private static final String THROTTLED = "claimtracker.throttled";
    private static final String UNAVAILABLE = "claimtracker.unavailable";
    private static final String BUSY = "claimtracker.busy";

    @Inject
    LoginThrottle throttle;

    @Inject
    VerifiedCredentials verified;

    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return fromHeader(context, identities, authorization.strip());
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie != null) {
            return run(context, identities, new SessionAuthenticationRequest(cookie.getValue()))
                    .onFailure(AuthenticationFailedException.class).recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    private Uni<SecurityIdentity> fromHeader(RoutingContext context, IdentityProviderManager identities,
                                             String authorization) {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return run(context, identities, new ApiTokenAuthenticationRequest(authorization.substring(7).strip()));
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String username = decoded.substring(0, colon);
        String address = address(context);
        String password = decoded.substring(colon + 1);
        var known = verified.find(username, password);
        if (known.isPresent()) {
            return Uni.createFrom().item(Identities.of(known.get().accountId(), known.get().username(),
                    known.get().role(), "basic"));
        }
        return Uni.createFrom().item(() -> throttle.reserve(username, address))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToUni(wait -> {
                    if (!wait.isZero()) {
                        if (wait == LoginThrottle.BUSY) {
                            context.put(BUSY, Boolean.TRUE);
                        } else {
                            context.put(THROTTLED, wait);
                        }
                        return Uni.createFrom().<SecurityIdentity>failure(new AuthenticationFailedException());
                    }
                    return run(context, identities, new UsernamePasswordAuthenticationRequest(username,
                            new PasswordCredential(password.toCharArray())))
                            .onItem().invoke(identity -> throttle.succeeded(username, address))
                            .onFailure(AuthenticationFailedException.class).invoke(failure -> {
                                if (context.get(UNAVAILABLE) != null || context.get(BUSY) != null) {
                                    throttle.release(username, address);
                                } else {
                                    throttle.failed(username, address);
                                }
                            });
                });
    }

    private static Uni<SecurityIdentity> run(RoutingContext context, IdentityProviderManager identities,
                                             AuthenticationRequest request) {
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure(failure -> !(failure instanceof AuthenticationFailedException))
                .transform(failure -> {
                    context.put(failure instanceof SignInBusyException ? BUSY : UNAVAILABLE, Boolean.TRUE);
                    return new AuthenticationFailedException(failure);
                });
    }

    private static String address(RoutingContext context) {
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\""));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        var response = context.response();
        if (response.ended()) {
            return Uni.createFrom().item(true);
        }
        if (context.get(UNAVAILABLE) != null) {
            response.putHeader("Retry-After", "5");
            return send(context, Problem.of(503, "Service unavailable", "The database cannot be reached, so nobody "
                    + "can be signed in right now. Nothing was changed. Try again in a few seconds."));
        }
        if (context.get(BUSY) != null) {
            response.putHeader("Retry-After", Integer.toString(LoginPage.BUSY_RETRY_SECONDS));
            return send(context, Problem.of(429, "Too many sign-ins at once", "Many password checks are running "
                    + "right now. Wait a few seconds and try again, or use a personal API token, which needs none."));
        }
        Duration wait = context.get(THROTTLED);
        if (wait != null) {
            response.putHeader("Retry-After", Long.toString(wait.toSeconds()));
            return send(context, Problem.of(429, "Too many failed logins", "Too many failed logins for this "
                    + "account from your address. Wait " + wait.toMinutes() + " min " + wait.toSecondsPart()
                    + " s and try again, or ask an administrator to reset your password."));
        }
        if (wantsLoginPage(context)) {
            String next = context.request().method() == HttpMethod.GET ? context.request().uri() : "/";
            response.setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/login?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8)).end();
            return Uni.createFrom().item(true);
        }
        response.putHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\"");
        return send(context, Problem.of(401, "Sign-in required", "Send an API token as 'Authorization: Bearer "
                + "<token>' (create one on your account page) or your username and password with HTTP Basic."));
    }

    private static boolean wantsLoginPage(RoutingContext context) {
        String path = context.normalizedPath();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && !path.startsWith("/q/") && accept != null && accept.contains("text/html")
                && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    private Uni<Boolean> send(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, ApiTokenAuthenticationRequest.class,
                SessionAuthenticationRequest.class);
    }
}
