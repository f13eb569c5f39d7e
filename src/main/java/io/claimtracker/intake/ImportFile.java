package io.claimtracker.intake;

import io.claimtracker.common.persistence.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One file of a bulk import and what became of it: imported, skipped as a duplicate, or failed, and why. */
@Entity
@Table(name = "import_file")
public class ImportFile extends IdentifiedEntity {

    public static final String PENDING = "pending";
    public static final String IMPORTED = "imported";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";

    @Column(name = "job_id", nullable = false)
    public long jobId;

    public int position;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(nullable = false, length = 20)
    public String outcome;

    public Long articleId;

    @Column(length = 2000)
    public String message;
}
