package io.claimtracker.claim;

import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for stored claims. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ClaimRecording recording;

    @GET
    @Operation(summary = "List claims", description = "Newest first, filtered by article, speaker or topic id.")
    public PageView<ClaimView> list(@QueryParam("article") Long article, @QueryParam("speaker") Long speaker,
                                    @QueryParam("topic") Long topic, @Valid @BeanParam Paging paging) {
        return claims.list(new ClaimService.Filter(article, speaker, topic), paging.request());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One claim")
    public ClaimView get(@PathParam("id") long id) {
        return claims.get(id);
    }

    @GET
    @Path("{id}/citation")
    @Operation(summary = "A citation of the claim to paste into a note, with a deep link to the passage")
    public Citations.Citation citation(@PathParam("id") long id) {
        return claims.citation(id);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a claim", description = "Send the version you read; a stale version gets 409.")
    public ClaimView update(@PathParam("id") long id,
                            @NotNull(message = "is required: send the claim as a JSON object") @Valid ClaimInput claim) {
        return recording.edit(id, claim);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a claim")
    public Response delete(@PathParam("id") long id) {
        claims.delete(id);
        return Response.noContent().build();
    }
}
