package io.claimtracker.web;

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
                recent.total(), recent.items());
    }
}
