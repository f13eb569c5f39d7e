--liquibase formatted sql

--changeset claimtracker:006-detection-queue
CREATE TABLE detection_queue (
    claim_id  BIGINT      NOT NULL,
    queued_at DATETIME(6) NOT NULL,
    PRIMARY KEY (claim_id),
    INDEX ix_detection_queue_queued (queued_at),
    CONSTRAINT fk_detection_queue_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE detection_queue;
