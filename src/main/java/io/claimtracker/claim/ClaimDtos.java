package io.claimtracker.claim;

import io.claimtracker.speaker.SpeakerDtos.SpeakerRef;
import io.claimtracker.speaker.SpeakerDtos.SpeakerSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.claimtracker.common.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the claim API. */
public final class ClaimDtos {

    private ClaimDtos() {
    }

    /**
     * A claim as an editor sends it. {@code version} is ignored when creating and required when editing;
     * {@code saidOn} defaults to the article's publication date. {@code proposition} and {@code stance} (FOR or
     * AGAINST) record, together, that the claim answers a proposition of its topic.
     */
    public record ClaimInput(
            @NotNull(message = "is required") @Valid SpeakerRef speaker,
            @NotNull(message = "is required") @Valid QuoteInput quote,
            @NotBlank(message = "is required") @Size(max = 1000, message = "must be at most 1000 characters")
            String statement,
            LocalDate saidOn,
            @Size(max = 300, message = "must be at most 300 characters") String topic,
            @Size(max = 500, message = "must be at most 500 characters") String proposition,
            Stance stance,
            Long version) {
    }

    /** The quoted words, and optionally context or offsets that pick one of several occurrences. */
    public record QuoteInput(
            @NotBlank(message = "is required") String exact,
            @Size(max = 500, message = "must be at most 500 characters") String prefix,
            @Size(max = 500, message = "must be at most 500 characters") String suffix,
            @Min(value = 0, message = "must be 0 or more") Integer start,
            @Min(value = 0, message = "must be 0 or more") Integer end) {
    }

    /** The article a claim comes from, as a claim shows it. */
    public record ArticleRef(long id, String title, String outlet, LocalDate publishedAt, String url) {
    }

    /** A topic as claims and listings show it. */
    public record TopicRef(long id, String name) {
    }

    /** A stored claim with its full quote selector. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimView(long id, ArticleRef article, SpeakerSummary speaker, String speakerRole, QuoteSelector quote,
                            SentenceContext context, String statement, LocalDate saidOn, TopicRef topic, String proposition, Stance stance,
                            String createdBy, Instant createdAt, Instant updatedAt, long version,
                            List<ConflictHook.RaisedFlag> conflicts, Boolean conflictCheckPending) {

        public static ClaimView of(Claim claim) {
            var article = claim.article;
            return new ClaimView(claim.id,
                    new ArticleRef(article.id, article.title, article.outlet.name, article.publishedOn, article.url),
                    SpeakerSummary.of(claim.speaker), claim.speakerRole, claim.quote(),
                    SentenceContext.around(article.body, claim.quoteStart, claim.quoteEnd), claim.statement, claim.saidOn,
                    claim.topic == null ? null : new TopicRef(claim.topic.id, claim.topic.name), claim.proposition,
                    claim.stance, claim.createdBy, claim.createdAt, claim.updatedAt, claim.version, null, null);
        }

        /** The same claim with the conflict flags it takes part in. */
        public ClaimView withConflicts(List<ConflictHook.RaisedFlag> flags) {
            return new ClaimView(id, article, speaker, speakerRole, quote, context, statement, saidOn, topic, proposition, stance,
                    createdBy, createdAt, updatedAt, version, flags, false);
        }

        /** The same claim whose conflict check could not run now and will run again shortly. */
        public ClaimView withConflictCheckPending() {
            return new ClaimView(id, article, speaker, speakerRole, quote, context, statement, saidOn, topic, proposition, stance,
                    createdBy, createdAt, updatedAt, version, List.of(), true);
        }
    }
}
