package io.claimtracker.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import io.claimtracker.speaker.SpeakerDtos;
import jakarta.ws.rs.PUT;
import jakarta.annotation.security.RolesAllowed;
import io.claimtracker.account.Role;
import io.claimtracker.claim.SpeakerMerging;
import io.claimtracker.speaker.Speaker;
import io.claimtracker.speaker.SpeakerService;
import io.claimtracker.common.PageRequest;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.speaker.SpeakerDtos.SpeakerSummary;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for speakers. */
@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers")
public class SpeakerResource {

    private static final int RECENT_CLAIMS = 100;

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claims;

    @Inject
    SpeakerMerging merging;

    @GET
    @Transactional
    @Operation(summary = "List speakers", description = "By name; q matches names and aliases.")
    public PageView<SpeakerSummary> list(@QueryParam("q") String query, @Valid @BeanParam Paging paging) {
        return speakers.list(query, paging.request()).map(SpeakerSummary::of);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One speaker with their most recent claims (up to 100)")
    public SpeakerView get(@PathParam("id") long id) {
        Speaker speaker = speakers.get(id);
        var recent = claims.list(new ClaimService.Filter(null, id, null), PageRequest.of(0, RECENT_CLAIMS));
        SpeakerSummary summary = SpeakerSummary.of(speaker);
        return new SpeakerView(summary.id(), summary.name(), summary.role(), summary.affiliation(), summary.aliases(),
                summary.roles(), recent.total(), recent.items());
    }

    /** Which speaker record to fold into this one. */
    public record MergeRequest(@NotNull(message = "is required: the id of the speaker to merge into this one")
                               Long speakerId) {
    }

    /** Which alias to make a speaker of its own again. */
    public record SplitRequest(@NotBlank(message = "is required: one of the speaker's aliases") String alias) {
    }

    @PUT
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    @Operation(summary = "Replace a speaker's dated roles", description = "Each role has a title and optional first "
            + "and last days (inclusive). A new claim keeps the role held on the day it was said; an article that "
            + "gives a role outside its period is warned about.")
    public SpeakerView replaceRoles(@PathParam("id") long id,
                                    @NotNull(message = "is required: send {roles: [...]}") @Valid SpeakerDtos.RolesInput input) {
        speakers.replaceRoles(id, input.roles());
        return get(id);
    }

    @POST
    @Path("{id}/merges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Merge another speaker record into this one", description = "Claims, aliases, role and "
            + "affiliation move here; the other's name becomes an alias; moved claims are checked for conflicts again.")
    public SpeakerView merge(@PathParam("id") long id,
                             @NotNull(message = "is required: send {speakerId}") @Valid MergeRequest request) {
        merging.merge(id, request.speakerId());
        return QuarkusTransaction.requiringNew().call(() -> get(id));
    }

    @POST
    @Path("{id}/splits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.REVIEWER_NAME)
    @Operation(summary = "Split an alias off as a speaker of its own", description = "Undoes a merge: the claims "
            + "that gave that name move to the new speaker.")
    public Response split(@PathParam("id") long id,
                          @NotNull(message = "is required: send {alias}") @Valid SplitRequest request) {
        SpeakerMerging.Split split = merging.split(id, request.alias());
        return Response.status(201).entity(QuarkusTransaction.requiringNew().call(() -> get(split.speakerId())))
                .build();
    }
}
