package io.claimtracker.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A bulk import running in the background, with its progress. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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
