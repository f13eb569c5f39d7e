package io.claimtracker.web;

import io.claimtracker.claim.ClaimDtos.ClaimView;

import java.time.Instant;
import java.util.List;

/** One topic with its most recent claims, as the topic API answers. */
public record TopicView(long id, String name, Instant createdAt, long claimCount, List<ClaimView> claims) {
}
