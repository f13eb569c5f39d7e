package io.claimtracker.conflict;

import io.claimtracker.common.jobs.JobEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;


/** One run of the current detector over all stored claims, with its progress. */
@Entity
public class Rescan extends JobEntity {

    /** Open flags in the whole database when the rescan finished (or at its last batch). */
    @Column(name = "open_flags", nullable = false)
    public int openFlags;

    @Column(name = "detector_version", nullable = false, length = 40)
    public String detectorVersion;

    @Column(length = 1000)
    public String failure;

    /** The last claim id whose check the rescan has recorded; a take-over resumes after it. */
    @Column(name = "resume_after", nullable = false)
    public long resumeAfter;
}
