package io.claimtracker.conflict;

import io.claimtracker.account.Role;
import io.claimtracker.conflict.WorthALookDtos.Decision;
import io.claimtracker.conflict.WorthALookDtos.Item;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for editors' decisions on pairs worth a look: raise one to a flag, or wave it off. */
@Path("/api/worth-a-look")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worth a look")
public class WorthALookResource {

    @Inject
    PossibleConflicts possible;

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Path("{id}/raise")
    @Operation(summary = "Raise a pair worth a look to a flag", description = "The flag opens in the review queue; "
            + "send the version you saw.")
    public Item raise(@PathParam("id") long id,
                      @NotNull(message = "is required: send {version}") @Valid Decision decision) {
        return possible.raise(id, decision.version());
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Path("{id}/wave-off")
    @Operation(summary = "Wave off a pair worth a look", description = "It returns neither here nor as a flag until "
            + "one of its claims changes; send the version you saw.")
    public Item waveOff(@PathParam("id") long id,
                        @NotNull(message = "is required: send {version}") @Valid Decision decision) {
        return possible.waveOff(id, decision.version());
    }
}
