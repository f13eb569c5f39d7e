--liquibase formatted sql

--changeset claimtracker:007-import-job
CREATE TABLE import_job (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    status        VARCHAR(20)  NOT NULL,
    outlet        VARCHAR(200) NULL,
    total         INT          NOT NULL,
    done          INT          NOT NULL,
    requested_by  VARCHAR(100) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    progressed_at DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE import_job;

--changeset claimtracker:007-import-file
CREATE TABLE import_file (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    job_id     BIGINT        NOT NULL,
    position   INT           NOT NULL,
    name       VARCHAR(500)  NOT NULL,
    outcome    VARCHAR(20)   NOT NULL,
    article_id BIGINT        NULL,
    message    VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_import_file_position (job_id, position),
    CONSTRAINT fk_import_file_job FOREIGN KEY (job_id) REFERENCES import_job (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE import_file;
