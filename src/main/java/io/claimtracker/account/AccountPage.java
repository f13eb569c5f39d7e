package io.claimtracker.account;

import io.claimtracker.common.failure.DomainException;
import io.claimtracker.account.AccountDtos.AccountView;
import io.claimtracker.account.AccountDtos.CreatedToken;
import io.claimtracker.account.AccountDtos.TokenView;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.DomainProblems;
import io.claimtracker.common.web.FormProblems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The signed-in person's account page: change the password, create and revoke API tokens. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountPage {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    CsrfGuard csrf;

    @Inject
    FeedTokens feeds;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(AccountView account, List<TokenView> tokens, CreatedToken created,
                                               String notice, FormErrors errors, boolean feedActive,
                                               AccountResource.FeedAddresses feed);
    }

    @GET
    public TemplateInstance show() {
        return render(null, null, FormErrors.none());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm(CsrfGuard.FIELD) String token, @RestForm String currentPassword,
                                   @RestForm String newPassword, @RestForm String repeatPassword) {
        csrf.check(token);
        if (newPassword == null || !newPassword.equals(repeatPassword)) {
            FormErrors errors = FormErrors.none();
            errors.add("repeatPassword", "does not match the new password");
            return Response.status(422).entity(render(null, null, errors)).build();
        }
        try {
            accounts.changePassword(currentUser.accountId(), currentPassword, newPassword, currentUser.sessionHash());
            return Response.ok(render(null, "Password changed. Your other sessions were signed out.",
                    FormErrors.none())).build();
        } catch (DomainException e) {
            Response.ResponseBuilder response = Response.status(DomainProblems.status(e))
                    .entity(render(null, null, FormProblems.of(e)));
            e.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, wait.toSeconds())));
            return response.build();
        }
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@RestForm(CsrfGuard.FIELD) String token, @RestForm String name) {
        csrf.check(token);
        if (name == null || name.isBlank() || name.length() > 100) {
            FormErrors errors = FormErrors.none();
            errors.add("name", "is required (at most 100 characters): say what the token is for");
            return Response.status(422).entity(render(null, null, errors)).build();
        }
        CreatedToken created = tokens.create(currentUser.accountId(), name);
        return Response.status(201).entity(render(created, null, FormErrors.none())).build();
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        tokens.revoke(currentUser.accountId(), id);
        return Response.seeOther(URI.create("/account#tokens")).build();
    }

    @POST
    @Path("feed-token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createFeedToken(@RestForm(CsrfGuard.FIELD) String token,
                                    @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        csrf.check(token);
        String secret = feeds.issue(currentUser.accountId());
        return Response.status(201).entity(render(null, null, FormErrors.none(),
                AccountResource.FeedAddresses.of(uri.getBaseUri().toString(), secret))).build();
    }

    @POST
    @Path("feed-token/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokeFeedToken(@RestForm(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        feeds.revoke(currentUser.accountId());
        return Response.seeOther(URI.create("/account#feeds")).build();
    }

    private TemplateInstance render(CreatedToken created, String notice, FormErrors errors) {
        return render(created, notice, errors, null);
    }

    private TemplateInstance render(CreatedToken created, String notice, FormErrors errors,
                                    AccountResource.FeedAddresses feed) {
        long id = currentUser.accountId();
        return Templates.account(accounts.get(id), tokens.list(id), created, notice, errors, feeds.active(id), feed);
    }
}
