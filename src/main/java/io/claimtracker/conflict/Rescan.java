package io.claimtracker.conflict;

import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.Instant;

/** One run of the current detector over all stored claims, with its progress. */
@Entity
public class Rescan extends IdentifiedEntity {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    @Column(nullable = false, length = 20)
    public String status;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    /** Open flags in the whole database when the rescan finished (or at its last batch). */
    @Column(name = "open_flags", nullable = false)
    public int openFlags;

    @Column(name = "detector_version", nullable = false, length = 40)
    public String detectorVersion;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Last time the run recorded progress; a RUNNING rescan silent for long was interrupted. */
    @Column(name = "progressed_at")
    public Instant progressedAt;

    @Column(length = 1000)
    public String failure;
}
