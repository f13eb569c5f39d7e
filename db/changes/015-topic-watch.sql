--liquibase formatted sql

--changeset claimtracker:015-topic-watch
CREATE TABLE topic_watch (
    account_id    BIGINT       NOT NULL,
    topic_id      BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    seen_up_to_flag BIGINT     NOT NULL,
    PRIMARY KEY (account_id, topic_id),
    CONSTRAINT fk_topic_watch_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_topic_watch_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE topic_watch;
