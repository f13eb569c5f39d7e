package io.claimtracker.account;

import io.claimtracker.account.AccountDtos.AccountView;
import io.claimtracker.account.AccountDtos.CreatedToken;
import io.claimtracker.account.AccountDtos.NewToken;
import io.claimtracker.account.AccountDtos.PasswordChange;
import io.claimtracker.account.AccountDtos.TokenView;
import io.claimtracker.common.CurrentUser;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The signed-in person's own account: who they are, their password and their API tokens. */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Account")
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    FeedTokens feeds;

    @GET
    @Operation(summary = "Who I am")
    public AccountView me() {
        return accounts.get(currentUser.accountId());
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change my password", description = "Ends my other browser sessions.")
    public Response changePassword(@NotNull(message = "is required: send {currentPassword, newPassword}") @Valid
                                   PasswordChange change) {
        accounts.changePassword(currentUser.accountId(), change.currentPassword(), change.newPassword(),
                currentUser.sessionHash());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My API tokens, newest first (never their secrets)")
    public List<TokenView> tokens() {
        return tokens.list(currentUser.accountId());
    }

    @POST
    @Path("tokens")
    @Operation(summary = "Create an API token", description = "The secret is in this response only; send it as "
            + "'Authorization: Bearer <secret>'.")
    public Response createToken(@NotNull(message = "is required: send {name}") @Valid NewToken request) {
        CreatedToken created = tokens.create(currentUser.accountId(), request.name());
        return Response.status(201).entity(created).build();
    }

    /** A new feed token and the feed addresses it opens; any earlier feed token stops working. */
    public record FeedAddresses(String token, String flags, String topic, String speaker) {

        static FeedAddresses of(String base, String token) {
            return new FeedAddresses(token, base + "feeds/flags.atom?token=" + token,
                    base + "feeds/topics/{topicId}.atom?token=" + token, base + "feeds/speakers/{speakerId}.atom?token="
                    + token);
        }
    }

    @POST
    @Path("feed-token")
    @Operation(summary = "Create my feed address", description = "Atom feeds of new flags (all, per topic, per "
            + "speaker) for feed readers and chat tools. The token in the address opens only the feeds; creating a new "
            + "one revokes the old. Shown in this response only.")
    public Response createFeedToken(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        String token = feeds.issue(currentUser.accountId());
        return Response.status(201).entity(FeedAddresses.of(uri.getBaseUri().toString(), token)).build();
    }

    @DELETE
    @Path("feed-token")
    @Operation(summary = "Revoke my feed address", description = "204 when it was revoked, 404 when there was none.")
    public Response revokeFeedToken() {
        if (!feeds.revoke(currentUser.accountId())) {
            throw new io.claimtracker.common.failure.RecordNotFoundException("No feed address",
                    "You have no live feed address to revoke.");
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    public TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(currentUser.accountId(), id);
    }
}
