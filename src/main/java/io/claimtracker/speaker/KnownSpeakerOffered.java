package io.claimtracker.speaker;

import io.claimtracker.common.failure.StateConflictException;
import java.util.List;
import java.util.Map;

/** A new speaker name that may be someone already on record ("Mr Shoigu" beside "Sergei Shoigu"): the editor picks. */
public class KnownSpeakerOffered extends StateConflictException {

    private final String name;
    private final List<SpeakerDtos.SpeakerSummary> candidates;

    KnownSpeakerOffered(String name, List<SpeakerDtos.SpeakerSummary> candidates) {
        super("Speaker may already be on record", "“" + name + "” may be " + describe(candidates)
                        + ", already on record. Choose that speaker (speaker.id in the API; the name becomes one of its "
                        + "aliases) or record a new one (speaker.newSpeaker: true).", "speaker.name",
                Map.of("candidates", candidates.stream().map(candidate -> Map.of("id", candidate.id(), "name",
                        candidate.name(), "role", candidate.role() == null ? "" : candidate.role())).toList()));
        this.name = name;
        this.candidates = List.copyOf(candidates);
    }

    public String name() {
        return name;
    }

    public List<SpeakerDtos.SpeakerSummary> candidates() {
        return candidates;
    }

    private static String describe(List<SpeakerDtos.SpeakerSummary> candidates) {
        return String.join(" or ", candidates.stream().map(candidate -> candidate.name() + " (#" + candidate.id()
                + (candidate.role() == null ? "" : ", " + candidate.role()) + ")").toList());
    }
}
