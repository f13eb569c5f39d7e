package io.claimtracker.account;

import io.claimtracker.account.AccountDtos.AccountChange;
import io.claimtracker.account.AccountDtos.AccountView;
import io.claimtracker.account.AccountDtos.CreatedAccount;
import io.claimtracker.account.AccountDtos.NewAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Administrators manage accounts: create them, change roles, disable them, set a lost password. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Users")
public class UserResource {

    @Inject
    AccountService accounts;

    /** A new password set by an administrator. */
    public record PasswordReset(@NotBlank(message = "is required") String newPassword) {
    }

    @GET
    @Operation(summary = "All accounts")
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    @Operation(summary = "Create an account", description = "Without a password, one is generated and returned once.")
    public Response create(@NotNull(message = "is required: send {username, role}") @Valid NewAccount request) {
        CreatedAccount created = accounts.create(request);
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account's role or whether it may sign in", description = "Send the version you read.")
    public AccountView change(@PathParam("id") long id,
                              @NotNull(message = "is required: send {role, enabled, version}") @Valid AccountChange change) {
        return accounts.change(id, change);
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set a new password for an account", description = "Ends that account's browser sessions "
            + "and revokes its personal API tokens.")
    public Response resetPassword(@PathParam("id") long id,
                                  @NotNull(message = "is required: send {newPassword}") @Valid PasswordReset reset) {
        accounts.resetPassword(id, reset.newPassword());
        return Response.noContent().build();
    }
}
