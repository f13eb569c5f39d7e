package io.claimtracker.review;

import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.review.ReviewDtos.DecisionRequest;
import io.claimtracker.review.ReviewDtos.DecisionView;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** JSON API for reviewers' rulings on conflict flags. */
@Path("/api/conflicts/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @RolesAllowed(Role.REVIEWER_NAME)
    @POST
    @Operation(summary = "Rule on a flag", description = "CONFIRM, DISMISS (with reason), RESOLVE (with note) or REOPEN.")
    public ConflictView decide(@PathParam("id") long id,
                               @NotNull(message = "is required: send {action, reason?, note?, version}") @Valid
                               DecisionRequest decision) {
        return reviews.decide(id, decision);
    }

    @GET
    @Operation(summary = "Every ruling on a flag, oldest first")
    public List<DecisionView> history(@PathParam("id") long id) {
        return reviews.history(id);
    }
}
