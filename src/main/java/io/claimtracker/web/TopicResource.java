package io.claimtracker.web;

import io.claimtracker.topic.Topic;
import io.claimtracker.topic.TopicService;
import io.claimtracker.common.PageRequest;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.topic.TopicDtos.TopicSummary;
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

/** JSON API for topics, the stories claims are grouped under. */
@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics")
public class TopicResource {

    private static final int RECENT_CLAIMS = 100;

    @Inject
    TopicService topics;

    @Inject
    ClaimService claims;

    @GET
    @Transactional
    @Operation(summary = "List topics", description = "By name; q matches part of the name.")
    public PageView<TopicSummary> list(@QueryParam("q") String query, @Valid @BeanParam Paging paging) {
        return topics.list(query, paging.request()).map(TopicSummary::of);
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One topic with its most recent claims (up to 100)")
    public TopicView get(@PathParam("id") long id) {
        Topic topic = topics.get(id);
        var recent = claims.list(new ClaimService.Filter(null, null, id), PageRequest.of(0, RECENT_CLAIMS));
        return new TopicView(topic.id, topic.name, topic.createdAt, recent.total(), recent.items());
    }
}
