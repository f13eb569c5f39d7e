package io.claimtracker.claim;

import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import io.claimtracker.common.web.QueryDates;
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
    @Operation(summary = "Find claims", description = "Newest first. q searches statements, quotes, speaker names and "
            + "article headlines (every word of three letters or more must match, as a word or its beginning); the "
            + "other parameters filter.")
    public PageView<ClaimView> list(@Parameter(description = "words to find") @QueryParam("q") String q,
                                    @QueryParam("article") Long article, @QueryParam("speaker") Long speaker,
                                    @QueryParam("topic") Long topic,
                                    @Parameter(description = "outlet name") @QueryParam("outlet") String outlet,
                                    @Parameter(description = "said on or after, e.g. 2016-09-01") @QueryParam("from") String from,
                                    @Parameter(description = "said on or before") @QueryParam("to") String to,
                                    @Parameter(description = "true: only claims in an open flag") @QueryParam("openFlags") Boolean openFlags,
                                    @Valid @BeanParam Paging paging) {
        requireShortQuery(q);
        return claims.list(new ClaimService.Filter(article, speaker, topic, q, outlet, QueryDates.parse("from", from),
                QueryDates.parse("to", to), openFlags), paging.request());
    }

    static void requireShortQuery(String q) {
        if (q != null && q.length() > 500) {
            throw new io.claimtracker.common.failure.InvalidInputException("Fix these fields and send again: q is "
                    + "at most 500 characters.", List.of(new io.claimtracker.common.failure.DomainException.FieldError(
                    "q", "must be at most 500 characters")));
        }
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
        return recording.edit(id, claim, ClaimRecording.Source.API);
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
