--liquibase formatted sql

--changeset claimtracker:001-outlet
CREATE TABLE outlet (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    name        VARCHAR(200)  NOT NULL,
    name_key    VARCHAR(200)  NOT NULL,
    homepage    VARCHAR(2000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outlet_name_key UNIQUE (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE outlet;

--changeset claimtracker:001-article
CREATE TABLE article (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    url           VARCHAR(2000) NULL,
    url_hash      VARCHAR(64)   NULL,
    title         VARCHAR(500)  NOT NULL,
    outlet_id     BIGINT        NOT NULL,
    published_on  DATE          NULL,
    language      VARCHAR(35)   NULL,
    body          MEDIUMTEXT    NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_article_url_hash UNIQUE (url_hash),
    CONSTRAINT fk_article_outlet FOREIGN KEY (outlet_id) REFERENCES outlet (id),
    INDEX ix_article_content_hash (content_hash),
    INDEX ix_article_published_on (published_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE article;

--changeset claimtracker:001-article-author
CREATE TABLE article_author (
    article_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    PRIMARY KEY (article_id, position),
    CONSTRAINT fk_article_author_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE article_author;

--changeset claimtracker:001-speaker
CREATE TABLE speaker (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(300)  NOT NULL,
    name_key     VARCHAR(300)  NOT NULL,
    role         VARCHAR(300)  NULL,
    affiliation  VARCHAR(300)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_speaker_name_key UNIQUE (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE speaker;

--changeset claimtracker:001-speaker-alias
CREATE TABLE speaker_alias (
    speaker_id  BIGINT        NOT NULL,
    alias       VARCHAR(300)  NOT NULL,
    alias_key   VARCHAR(300)  NOT NULL,
    PRIMARY KEY (speaker_id, alias_key),
    CONSTRAINT uk_speaker_alias_key UNIQUE (alias_key),
    CONSTRAINT fk_speaker_alias_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE speaker_alias;

--changeset claimtracker:001-topic
CREATE TABLE topic (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    name         VARCHAR(300)  NOT NULL,
    name_key     VARCHAR(300)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_topic_name_key UNIQUE (name_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE topic;

--changeset claimtracker:001-claim
CREATE TABLE claim (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    article_id    BIGINT        NOT NULL,
    speaker_id    BIGINT        NOT NULL,
    topic_id      BIGINT        NULL,
    quote_exact   TEXT          NOT NULL,
    quote_prefix  VARCHAR(32)   NOT NULL,
    quote_suffix  VARCHAR(32)   NOT NULL,
    quote_start   INT           NOT NULL,
    quote_end     INT           NOT NULL,
    statement     VARCHAR(1000) NOT NULL,
    said_on       DATE          NULL,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_claim_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_claim_speaker FOREIGN KEY (speaker_id) REFERENCES speaker (id),
    CONSTRAINT fk_claim_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    INDEX ix_claim_said_on (said_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE claim;
