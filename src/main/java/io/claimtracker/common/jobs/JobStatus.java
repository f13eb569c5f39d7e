package io.claimtracker.common.jobs;

/** Where a background job stands. */
public enum JobStatus {
    RUNNING, DONE, FAILED
}
