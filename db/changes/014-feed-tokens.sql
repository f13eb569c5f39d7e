--liquibase formatted sql

--changeset claimtracker:014-feed-token
CREATE TABLE feed_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    revoked_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_feed_token_hash (token_hash),
    INDEX ix_feed_token_account (account_id, id),
    CONSTRAINT fk_feed_token_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE feed_token;
