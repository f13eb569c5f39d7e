package io.claimtracker.speaker;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the speaker API. */
public final class SpeakerDtos {

    private SpeakerDtos() {
    }

    /**
     * A speaker named in a claim; repeated names resolve to the same speaker. {@code id} picks a known speaker (the
     * name given becomes one of its aliases); {@code newSpeaker} records a new one although a known speaker shares
     * the surname. "Sergei Shoigu, defence minister" with no role gives the role after the comma.
     */
    public record SpeakerRef(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String name,
            @Size(max = 300, message = "must be at most 300 characters")
            String role,
            @Size(max = 300, message = "must be at most 300 characters")
            String affiliation,
            @Size(max = 20, message = "may list at most 20 aliases")
            List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> aliases,
            Long id,
            Boolean newSpeaker) {

        public SpeakerRef(String name, String role, String affiliation, List<String> aliases) {
            this(name, role, affiliation, aliases, null, null);
        }

        /** A form's speaker fields; {@code choice} answers "someone on record?" with a speaker's id or "new". */
        public static SpeakerRef fromForm(String name, String role, String choice) {
            String answer = choice == null ? "" : choice.strip();
            Long id = !answer.isEmpty() && answer.length() < 19 && answer.chars().allMatch(Character::isDigit)
                    ? Long.valueOf(answer) : null;
            return new SpeakerRef(name, role == null || role.isBlank() ? null : role.strip(), null, null, id,
                    "new".equals(answer) ? Boolean.TRUE : null);
        }

        /** The same name, recorded as a new speaker even where a known one shares the surname. */
        public SpeakerRef asNew() {
            return new SpeakerRef(name, role, affiliation, aliases, null, true);
        }
    }

    /** A speaker as listings and claims show it, with the roles the record dates. */
    public record SpeakerSummary(long id, String name, String role, String affiliation, List<String> aliases,
                                 List<RolePeriod> roles) {

        public static SpeakerSummary of(Speaker speaker) {
            return new SpeakerSummary(speaker.id, speaker.name, speaker.role, speaker.affiliation,
                    speaker.aliases.stream().map(alias -> alias.alias).sorted().toList(),
                    speaker.roles.stream().map(RolePeriod::of).toList());
        }
    }

    /** A role the speaker held and, when known, from and to which day (both inclusive). */
    public record RolePeriod(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters")
            String title,
            LocalDate from,
            LocalDate to) {

        static RolePeriod of(SpeakerRole role) {
            return new RolePeriod(role.title, role.heldFrom, role.heldTo);
        }
    }

    /** The whole list of a speaker's roles, replacing the one stored. */
    public record RolesInput(
            @NotNull(message = "is required: the speaker's roles, oldest first (may be empty)")
            @Size(max = 30, message = "may list at most 30 roles") List<@NotNull @Valid RolePeriod> roles) {
    }

}
