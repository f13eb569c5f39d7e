--liquibase formatted sql

--changeset claimtracker:012-speaker-role-periods
CREATE TABLE speaker_role (
    speaker_id BIGINT NOT NULL,
    position INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    held_from DATE NULL,
    held_to DATE NULL,
    PRIMARY KEY (speaker_id, position),
    CONSTRAINT fk_speaker_role_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id) ON DELETE CASCADE
);
--rollback DROP TABLE speaker_role;

--changeset claimtracker:012-claim-speaker-role
ALTER TABLE claim ADD COLUMN speaker_role VARCHAR(300) NULL;
UPDATE claim c JOIN speaker s ON s.id = c.speaker_id SET c.speaker_role = s.role;
--rollback ALTER TABLE claim DROP COLUMN speaker_role;

--changeset claimtracker:012-article-date-confirmed
ALTER TABLE article ADD COLUMN date_confirmed_by VARCHAR(100) NULL, ADD COLUMN date_confirmed_at DATETIME(6) NULL;
--rollback ALTER TABLE article DROP COLUMN date_confirmed_by, DROP COLUMN date_confirmed_at;
