package io.claimtracker.feed;

import io.claimtracker.account.FeedTokens;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.conflict.ConflictStatus;
import io.claimtracker.speaker.SpeakerService;
import io.claimtracker.topic.TopicService;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds of new flags (all, per topic, per speaker) for feed readers and newsroom chat tools. The personal feed
 * token in the address is the only credential these accept, and it opens nothing else; a wrong or revoked token
 * answers 404, as for an address that does not exist.
 */
@Path("/feeds")
@PermitAll
@Tag(name = "Feeds")
public class FeedResource {

    static final int ENTRIES = 50;

    @Inject
    FeedTokens tokens;

    @Inject
    ConflictQueries conflicts;

    @Inject
    TopicService topics;

    @Inject
    SpeakerService speakers;

    @GET
    @Path("flags.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "The 50 newest open conflict flags, as Atom", description = "token: the feed token from the account page.")
    public Response all(@QueryParam("token") String token, @Context UriInfo uri) {
        requireToken(token);
        return feed(new AtomFeed.About("urn:claimtracker:flags", "Claim Tracker: new conflict flags", self(uri)),
                new ConflictQueries.Filter(ConflictStatus.OPEN, null, null, null, null), uri);
    }

    @GET
    @Path("topics/{id}.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "The 50 newest open conflict flags in one topic, as Atom")
    public Response topic(@PathParam("id") long id, @QueryParam("token") String token, @Context UriInfo uri) {
        requireToken(token);
        String name = topics.get(id).name;
        return feed(new AtomFeed.About("urn:claimtracker:flags:topic:" + id, "Claim Tracker: flags in " + name,
                self(uri)), new ConflictQueries.Filter(ConflictStatus.OPEN, null, id, null, null), uri);
    }

    @GET
    @Path("speakers/{id}.atom")
    @Produces(AtomFeed.MEDIA_TYPE)
    @Operation(summary = "The 50 newest open conflict flags involving one speaker, as Atom")
    public Response speaker(@PathParam("id") long id, @QueryParam("token") String token, @Context UriInfo uri) {
        requireToken(token);
        String name = speakers.get(id).name;
        return feed(new AtomFeed.About("urn:claimtracker:flags:speaker:" + id, "Claim Tracker: flags involving "
                + name, self(uri)), new ConflictQueries.Filter(ConflictStatus.OPEN, null, null, id, null), uri);
    }

    private Response feed(AtomFeed.About about, ConflictQueries.Filter filter, UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return Response.ok(AtomFeed.write(about, conflicts.newest(filter, ENTRIES), base.endsWith("/") ? base
                : base + "/"), AtomFeed.MEDIA_TYPE).header("Cache-Control", "private, max-age=60").build();
    }

    private void requireToken(String token) {
        if (tokens.owner(token).isEmpty()) {
            throw new RecordNotFoundException("Unknown feed address", "This feed address is not known or has been "
                    + "revoked. Copy your current feed address from your account page.");
        }
    }

    private static String self(UriInfo uri) {
        return uri.getRequestUri().toString();
    }
}
