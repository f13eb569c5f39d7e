package io.claimtracker.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The JSON shapes of the speaker API. */
public final class SpeakerDtos {

    private SpeakerDtos() {
    }

    /** A speaker named in a claim; repeated names resolve to the same speaker. */
    public record SpeakerRef(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String name,
            @Size(max = 300, message = "must be at most 300 characters")
            String role,
            @Size(max = 300, message = "must be at most 300 characters")
            String affiliation,
            @Size(max = 20, message = "may list at most 20 aliases")
            List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> aliases) {
    }

    /** A speaker as listings and claims show it. */
    public record SpeakerSummary(long id, String name, String role, String affiliation, List<String> aliases) {

        public static SpeakerSummary of(Speaker speaker) {
            return new SpeakerSummary(speaker.id, speaker.name, speaker.role, speaker.affiliation,
                    speaker.aliases.stream().map(alias -> alias.alias).sorted().toList());
        }
    }

}
