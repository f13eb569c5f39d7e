package io.claimtracker.conflict;

import io.claimtracker.common.TrackerConfig;
import io.claimtracker.conflict.WorthALookDtos.WorthALook;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for the second tier beside one claim: the pairs worth a look, best first. */
@Path("/api/claims/{id}/worth-a-look")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worth a look")
public class ClaimWorthALookResource {

    @Inject
    PossibleConflicts possible;

    @Inject
    TrackerConfig config;

    @GET
    @Operation(summary = "Claims worth a look beside a claim", description = "Claims by other speakers that a rule, "
            + "the contradiction model or closeness in meaning puts forward as possibly conflicting, or that wait for "
            + "a date, best first, with the reason in words. Not flags: an editor judges them.")
    public WorthALook list(@PathParam("id") long id) {
        return new WorthALook(possible.shownWith(id, config.detection().worthALookShown()));
    }

}
