--liquibase formatted sql

--changeset claimtracker:010-conflict-ruled
ALTER TABLE conflict ADD COLUMN ruled BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE conflict SET ruled = TRUE WHERE id IN (SELECT conflict_id FROM conflict_decision);
--rollback ALTER TABLE conflict DROP COLUMN ruled;
