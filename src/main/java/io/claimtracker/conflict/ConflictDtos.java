package io.claimtracker.conflict;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.conflict.detect.ConflictKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/** The JSON shapes of the conflict API. */
public final class ConflictDtos {

    private ConflictDtos() {
    }

    /** Two statements to check against each other, with the dates relative expressions refer to. */
    public record CheckRequest(
            @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters") String a,
            @NotBlank(message = "is required") @Size(max = 5000, message = "must be at most 5000 characters") String b,
            LocalDate aDate,
            LocalDate bDate) {
    }

    /** Up to 100 pairs checked in one request, read by the model together. */
    public record CheckBatch(
            @NotNull(message = "is required: send {pairs: [{a, b}, ...]}")
            @Size(min = 1, max = 100, message = "must hold 1 to 100 pairs") List<@NotNull @Valid CheckRequest> pairs) {
    }

    /** One answer per pair, in the order sent. */
    public record CheckResults(List<CheckResult> results) {
    }

    /** The detector's answer for a checked pair. */
    public record CheckResult(boolean conflict, ConflictKind kind, double score, String explanation) {
    }

    /** A stored flag with both claims in full. */
    public record ConflictView(long id, ConflictKind kind, double score, String explanation, boolean reversal,
                               ConflictStatus status, String detectorVersion, Instant detectedAt, Instant updatedAt,
                               long version, String decidedBy, Instant decidedAt, DismissReason dismissReason,
                               String decisionNote, ClaimView a, ClaimView b) {

        public static ConflictView of(Conflict conflict) {
            return new ConflictView(conflict.id, conflict.kind, conflict.score, conflict.explanation,
                    conflict.reversal, conflict.status, conflict.detectorVersion, conflict.detectedAt,
                    conflict.updatedAt, conflict.version, conflict.decidedBy, conflict.decidedAt,
                    conflict.dismissReason, conflict.decisionNote, ClaimView.of(conflict.claimA),
                    ClaimView.of(conflict.claimB));
        }
    }

    /** A background re-run of the detector over every claim, and how far it has got. */
    public record RescanView(long id, String status, int total, int done, int openFlags, String detectorVersion,
                             String requestedBy, Instant startedAt, Instant finishedAt, String failure) {

        static RescanView of(Rescan rescan) {
            return new RescanView(rescan.id, rescan.status.name(), rescan.total, rescan.done, rescan.openFlags,
                    rescan.detectorVersion, rescan.requestedBy, rescan.startedAt, rescan.finishedAt, rescan.failure);
        }
    }
}
