--liquibase formatted sql

--changeset claimtracker:017-signin-failure
CREATE TABLE signin_failure (
    id            BIGINT    NOT NULL AUTO_INCREMENT,
    throttle_key  CHAR(64)  NOT NULL,
    failed_at_ms  BIGINT    NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_signin_failure_key (throttle_key, failed_at_ms),
    INDEX ix_signin_failure_time (failed_at_ms)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
--rollback DROP TABLE signin_failure;
