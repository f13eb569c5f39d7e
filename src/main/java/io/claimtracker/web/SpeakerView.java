package io.claimtracker.web;

import io.claimtracker.claim.ClaimDtos.ClaimView;

import io.claimtracker.speaker.SpeakerDtos;
import java.util.List;

/** One speaker with their most recent claims, as the speaker API answers. */
public record SpeakerView(long id, String name, String role, String affiliation, List<String> aliases,
                          List<SpeakerDtos.RolePeriod> roles, long claimCount, List<ClaimView> claims) {
}
