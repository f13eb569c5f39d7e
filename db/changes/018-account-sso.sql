--liquibase formatted sql

--changeset claimtracker:018-account-sso-subject
ALTER TABLE account ADD COLUMN sso_subject VARCHAR(255) NULL;
CREATE UNIQUE INDEX uk_account_sso_subject ON account (sso_subject);
--rollback DROP INDEX uk_account_sso_subject ON account; ALTER TABLE account DROP COLUMN sso_subject;
