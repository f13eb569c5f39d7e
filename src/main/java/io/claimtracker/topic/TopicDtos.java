package io.claimtracker.topic;

import io.claimtracker.claim.ClaimDtos.ClaimView;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the topic API. */
public final class TopicDtos {

    private TopicDtos() {
    }

    /** A topic in a listing. */
    public record TopicSummary(long id, String name, Instant createdAt) {

        static TopicSummary of(Topic topic) {
            return new TopicSummary(topic.id, topic.name, topic.createdAt);
        }
    }

    /** One topic with its most recent claims. */
    public record TopicView(long id, String name, Instant createdAt, long claimCount, List<ClaimView> claims) {
    }
}
