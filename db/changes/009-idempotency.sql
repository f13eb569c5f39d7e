--liquibase formatted sql

--changeset claimtracker:009-idempotent-request
CREATE TABLE idempotent_request (
    account_id BIGINT        NOT NULL,
    idem_key   VARCHAR(200)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request    VARCHAR(600)  NOT NULL,
    status     INT           NOT NULL,
    location   VARCHAR(2000) NULL,
    body       MEDIUMTEXT    NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (account_id, idem_key),
    KEY ix_idempotent_request_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE idempotent_request;
