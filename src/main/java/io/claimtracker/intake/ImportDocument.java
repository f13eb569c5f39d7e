package io.claimtracker.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The content of one import file still waiting to be read, kept in the database so that any instance can finish the
 * import; deleted in the transaction that records the file's outcome.
 */
@Entity
@Table(name = "import_document")
public class ImportDocument extends PanacheEntityBase {

    @Id
    @Column(name = "file_id")
    public Long fileId;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    public String content;
}
