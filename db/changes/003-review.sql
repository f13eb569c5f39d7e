--liquibase formatted sql

--changeset claimtracker:003-conflict-decision-columns
ALTER TABLE conflict
    ADD COLUMN decided_by     VARCHAR(100)  NULL,
    ADD COLUMN decided_at     DATETIME(6)   NULL,
    ADD COLUMN dismiss_reason VARCHAR(30)   NULL,
    ADD COLUMN decision_note  VARCHAR(2000) NULL;
--rollback ALTER TABLE conflict DROP COLUMN decided_by, DROP COLUMN decided_at, DROP COLUMN dismiss_reason, DROP COLUMN decision_note;

--changeset claimtracker:003-conflict-decision
CREATE TABLE conflict_decision (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    conflict_id   BIGINT        NOT NULL,
    action        VARCHAR(20)   NOT NULL,
    reason        VARCHAR(30)   NULL,
    note          VARCHAR(2000) NULL,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_conflict_decision_conflict (conflict_id, id),
    CONSTRAINT fk_conflict_decision_conflict FOREIGN KEY (conflict_id) REFERENCES conflict (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE conflict_decision;

--changeset claimtracker:003-rescan-heartbeat
ALTER TABLE rescan ADD COLUMN progressed_at DATETIME(6) NULL;
--rollback ALTER TABLE rescan DROP COLUMN progressed_at;
