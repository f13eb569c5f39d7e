--liquibase formatted sql

--changeset claimtracker:008-suggestion-rejection
CREATE TABLE suggestion_rejection (
    article_id  BIGINT       NOT NULL,
    quote_start INT          NOT NULL,
    quote_end   INT          NOT NULL,
    rejected_by VARCHAR(100) NOT NULL,
    rejected_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (article_id, quote_start, quote_end),
    CONSTRAINT fk_suggestion_rejection_article FOREIGN KEY (article_id) REFERENCES article (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE suggestion_rejection;
