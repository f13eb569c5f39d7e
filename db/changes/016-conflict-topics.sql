--liquibase formatted sql

--changeset claimtracker:016-conflict-topics
ALTER TABLE conflict
    ADD COLUMN topic_a_id BIGINT NULL,
    ADD COLUMN topic_b_id BIGINT NULL;
UPDATE conflict f
    JOIN claim a ON a.id = f.claim_a_id
    JOIN claim b ON b.id = f.claim_b_id
    SET f.topic_a_id = a.topic_id, f.topic_b_id = b.topic_id;
CREATE INDEX ix_conflict_topic_a ON conflict (topic_a_id, status, score);
CREATE INDEX ix_conflict_topic_b ON conflict (topic_b_id, status, score);
--rollback DROP INDEX ix_conflict_topic_b ON conflict; DROP INDEX ix_conflict_topic_a ON conflict; ALTER TABLE conflict DROP COLUMN topic_b_id, DROP COLUMN topic_a_id;
