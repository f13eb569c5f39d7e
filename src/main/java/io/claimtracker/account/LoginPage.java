package io.claimtracker.account;

import io.claimtracker.common.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Signing in with a username and password, and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    static final int BUSY_RETRY_SECONDS = 2;

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @Inject
    CsrfGuard csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String next, String username, String error, boolean signedOut);
    }

    @GET
    @Path("login")
    public TemplateInstance form(@QueryParam("next") String next, @QueryParam("out") String out) {
        return Templates.login(safeNext(next), "", null, out != null);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next,
                          @Context HttpServerRequest request, @Context UriInfo uri) {
        String target = safeNext(next);
        String name = username == null ? "" : username.strip();
        if (crossSite(request)) {
            return page(403, target, name, "This sign-in form was sent from another site. Open the sign-in page "
                    + "of Claim Tracker itself and try again.");
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        Duration wait = throttle.reserve(name, address);
        if (wait == LoginThrottle.BUSY) {
            return busy(target, name);
        }
        if (!wait.isZero()) {
            return Response.status(429).header("Retry-After", wait.toSeconds()).entity(Templates.login(target, name,
                    "Too many failed sign-ins for this account from your address. Wait " + wait.toMinutes()
                            + " min " + wait.toSecondsPart() + " s and try again.", false)).build();
        }
        Optional<Account> account;
        try {
            account = accounts.verify(name, password == null ? "" : password);
        } catch (RuntimeException e) {
            throttle.release(name, address);
            if (e instanceof SignInBusyException) {
                return busy(target, name);
            }
            throw e;
        }
        if (account.isEmpty()) {
            throttle.failed(name, address);
            return page(401, target, name, "Wrong username or password, or the account is disabled.");
        }
        throttle.succeeded(name, address);
        SessionService.Opened opened = sessions.open(account.get().id);
        return Response.seeOther(URI.create(target)).cookie(cookie(opened.cookieValue(), uri, false)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@RestForm(CsrfGuard.FIELD) String token, @Context UriInfo uri) {
        csrf.check(token);
        sessions.close(currentUser.sessionHash());
        return Response.seeOther(URI.create("/login?out")).cookie(cookie("", uri, true)).build();
    }

    private static Response busy(String next, String username) {
        return Response.status(429).header("Retry-After", BUSY_RETRY_SECONDS).entity(Templates.login(next, username,
                "Many people are signing in right now. Wait a few seconds and try again.", false)).build();
    }

    private static Response page(int status, String next, String username, String error) {
        return Response.status(status).entity(Templates.login(next, username, error, false)).build();
    }

    static NewCookie cookie(String value, UriInfo uri, boolean expire) {
        return new NewCookie.Builder(TrackerAuthentication.SESSION_COOKIE).value(value).path("/").httpOnly(true)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX).maxAge(expire ? 0 : -1).build();
    }

    private static boolean crossSite(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if ("null".equals(origin)) {
            return !"same-origin".equals(site);
        }
        String host = request.getHeader("Host");
        return origin != null && host != null && !host.equalsIgnoreCase(authorityOf(origin));
    }

    private static String authorityOf(String origin) {
        try {
            return URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Only a path on this site: never another host, so a crafted link cannot send a fresh login elsewhere. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/login") || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f
                || Character.isWhitespace(c) || Character.isISOControl(c))) {
            return "/";
        }
        try {
            URI.create(next);
            return next;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
