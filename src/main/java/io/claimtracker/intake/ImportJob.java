package io.claimtracker.intake;

import io.claimtracker.common.jobs.JobEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;


/** A bulk import running in the background, with its progress. */
@Entity
@Table(name = "import_job")
public class ImportJob extends JobEntity {

    @Column(length = 200)
    public String outlet;
}
