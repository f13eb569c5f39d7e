package io.claimtracker.intake;

import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bulk import running in the background, with its progress. */
@Entity
@Table(name = "import_job")
public class ImportJob extends IdentifiedEntity {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Column(nullable = false, length = 20)
    public String status;

    @Column(length = 200)
    public String outlet;

    public int total;

    public int done;

    @Column(nullable = false, length = 100)
    public String requestedBy;

    @Column(nullable = false)
    public Instant startedAt;

    @Column(nullable = false)
    public Instant progressedAt;

    public Instant finishedAt;
}
