--liquibase formatted sql

--changeset claimtracker:020-import-lease
ALTER TABLE import_job
    ADD COLUMN lease_owner VARCHAR(80) NULL,
    ADD COLUMN lease_until DATETIME(6) NULL;
--rollback ALTER TABLE import_job DROP COLUMN lease_until, DROP COLUMN lease_owner;

--changeset claimtracker:020-import-document
CREATE TABLE import_document (
    file_id BIGINT   NOT NULL,
    content LONGTEXT NOT NULL,
    PRIMARY KEY (file_id),
    CONSTRAINT fk_import_document_file FOREIGN KEY (file_id) REFERENCES import_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE import_document;
