--liquibase formatted sql

--changeset claimtracker:021-claim-vector
CREATE TABLE claim_vector (
    claim_id BIGINT         NOT NULL,
    vector   VARBINARY(384) NOT NULL,
    PRIMARY KEY (claim_id),
    CONSTRAINT fk_claim_vector_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE claim_vector;

--changeset claimtracker:021-possible-conflict
CREATE TABLE possible_conflict (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    claim_a_id       BIGINT        NOT NULL,
    claim_b_id       BIGINT        NOT NULL,
    kind             VARCHAR(20)   NULL,
    dates_needed     BOOLEAN       NOT NULL,
    score            DOUBLE        NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    fingerprint      CHAR(64)      NOT NULL,
    detector_version VARCHAR(40)   NOT NULL,
    detected_at      DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    decided_by       VARCHAR(100)  NULL,
    decided_at       DATETIME(6)   NULL,
    conflict_id      BIGINT        NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_possible_conflict_pair UNIQUE (claim_a_id, claim_b_id),
    CONSTRAINT fk_possible_conflict_claim_a FOREIGN KEY (claim_a_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_possible_conflict_claim_b FOREIGN KEY (claim_b_id) REFERENCES claim (id) ON DELETE CASCADE,
    CONSTRAINT fk_possible_conflict_flag FOREIGN KEY (conflict_id) REFERENCES conflict (id) ON DELETE SET NULL,
    INDEX ix_possible_conflict_claim_b (claim_b_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE possible_conflict;
