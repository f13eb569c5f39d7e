package io.claimtracker.claim;

import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for attaching a claim to an article. */
@Path("/api/articles/{articleId}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ArticleClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ClaimRecording recording;

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Operation(summary = "Attach a claim to an article",
            description = "Only quote.exact is needed when the words occur once; the service fills in the rest. "
                    + "The response lists the conflict flags the claim takes part in.")
    public Response create(@PathParam("articleId") long articleId,
                           @NotNull(message = "is required: send the claim as a JSON object") @Valid ClaimInput claim,
                           @Context UriInfo uri) {
        ClaimView created = recording.attach(articleId, claim, ClaimRecording.Source.API);
        return Response.created(uri.getBaseUriBuilder().path("api/claims/" + created.id()).build())
                .entity(created).build();
    }
}
