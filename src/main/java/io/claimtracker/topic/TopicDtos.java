package io.claimtracker.topic;


import java.time.Instant;

/** The JSON shapes of the topic API. */
public final class TopicDtos {

    private TopicDtos() {
    }

    /** A topic in a listing. */
    public record TopicSummary(long id, String name, Instant createdAt) {

        public static TopicSummary of(Topic topic) {
            return new TopicSummary(topic.id, topic.name, topic.createdAt);
        }
    }

}
