package io.claimtracker.common.jobs;

import io.claimtracker.common.Timestamps;
import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A stored background job: who started it, how far it has got, and how it ended. */
@MappedSuperclass
public abstract class JobEntity extends IdentifiedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public JobStatus status;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(name = "requested_by", nullable = false, length = 100)
    public String requestedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Last time the job recorded progress; a running job silent for long was interrupted. */
    @Column(name = "progressed_at")
    public Instant progressedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** The instance running the job; another takes it over when the lease runs out unrenewed. */
    @Column(name = "lease_owner", length = 80)
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    /** Marks a new job as running, started now by the given person, with this much work. */
    public void begin(String by, int work) {
        status = JobStatus.RUNNING;
        total = work;
        requestedBy = by;
        startedAt = Timestamps.now();
        progressedAt = startedAt;
    }

    /** Records how much is done. */
    public void progress(int finished) {
        done = finished;
        progressedAt = Timestamps.now();
    }

    /** Records the end of the job. */
    public void end(JobStatus outcome) {
        status = outcome;
        finishedAt = Timestamps.now();
    }

    public boolean running() {
        return status == JobStatus.RUNNING;
    }
}
