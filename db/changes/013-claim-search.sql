--liquibase formatted sql

--changeset claimtracker:013-claim-fulltext
CREATE FULLTEXT INDEX ft_claim_text ON claim (statement, quote_exact, speaker_named);
--rollback DROP INDEX ft_claim_text ON claim;

--changeset claimtracker:013-article-title-fulltext
CREATE FULLTEXT INDEX ft_article_title ON article (title);
--rollback DROP INDEX ft_article_title ON article;

--changeset claimtracker:013-speaker-name-fulltext
CREATE FULLTEXT INDEX ft_speaker_name ON speaker (name);
--rollback DROP INDEX ft_speaker_name ON speaker;
