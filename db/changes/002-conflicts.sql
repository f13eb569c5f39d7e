--liquibase formatted sql

--changeset claimtracker:002-claim-stance
ALTER TABLE claim
    ADD COLUMN proposition VARCHAR(500) NULL,
    ADD COLUMN stance      VARCHAR(10)  NULL;
--rollback ALTER TABLE claim DROP COLUMN proposition, DROP COLUMN stance;

--changeset claimtracker:002-claim-entity
CREATE TABLE claim_entity (
    claim_id    BIGINT       NOT NULL,
    entity_key  VARCHAR(200) NOT NULL,
    PRIMARY KEY (claim_id, entity_key),
    INDEX ix_claim_entity_key (entity_key, claim_id),
    CONSTRAINT fk_claim_entity_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE claim_entity;

--changeset claimtracker:002-claim-signature
CREATE TABLE claim_signature (
    claim_id  BIGINT   NOT NULL,
    band      SMALLINT NOT NULL,
    bucket    INT      NOT NULL,
    PRIMARY KEY (claim_id, band),
    INDEX ix_claim_signature_bucket (band, bucket, claim_id),
    CONSTRAINT fk_claim_signature_claim FOREIGN KEY (claim_id) REFERENCES claim (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE claim_signature;

--changeset claimtracker:002-conflict
CREATE TABLE conflict (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    claim_a_id        BIGINT        NOT NULL,
    claim_b_id        BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    score             DOUBLE        NOT NULL,
    explanation       VARCHAR(2000) NOT NULL,
    reversal          BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    detector_version  VARCHAR(40)   NOT NULL,
    detected_at       DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_conflict_pair UNIQUE (claim_a_id, claim_b_id),
    CONSTRAINT fk_conflict_claim_a FOREIGN KEY (claim_a_id) REFERENCES claim (id),
    CONSTRAINT fk_conflict_claim_b FOREIGN KEY (claim_b_id) REFERENCES claim (id),
    INDEX ix_conflict_claim_b (claim_b_id),
    INDEX ix_conflict_status_score (status, score)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE conflict;

--changeset claimtracker:002-rescan
CREATE TABLE rescan (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    status            VARCHAR(20)  NOT NULL,
    total             INT          NOT NULL,
    done              INT          NOT NULL,
    open_flags        INT          NOT NULL,
    detector_version  VARCHAR(40)  NOT NULL,
    requested_by      VARCHAR(100) NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    finished_at       DATETIME(6)  NULL,
    failure           VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE rescan;
