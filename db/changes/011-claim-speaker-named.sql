--liquibase formatted sql

--changeset claimtracker:011-claim-speaker-named
ALTER TABLE claim ADD COLUMN speaker_named VARCHAR(300) NULL;
UPDATE claim c JOIN speaker s ON s.id = c.speaker_id SET c.speaker_named = s.name;
--rollback ALTER TABLE claim DROP COLUMN speaker_named;
