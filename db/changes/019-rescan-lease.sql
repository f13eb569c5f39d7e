--liquibase formatted sql

--changeset claimtracker:019-rescan-lease
ALTER TABLE rescan
    ADD COLUMN lease_owner  VARCHAR(80) NULL,
    ADD COLUMN lease_until  DATETIME(6) NULL,
    ADD COLUMN resume_after BIGINT      NOT NULL DEFAULT 0;
--rollback ALTER TABLE rescan DROP COLUMN resume_after, DROP COLUMN lease_until, DROP COLUMN lease_owner;
