--liquibase formatted sql

--changeset claimtracker:004-audit-event
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    entity_type  VARCHAR(20)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    channel      VARCHAR(10)  NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    before_state MEDIUMTEXT   NULL,
    after_state  MEDIUMTEXT   NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_event_entity (entity_type, entity_id, id),
    INDEX ix_audit_event_actor (actor, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_event;
