package io.claimtracker.claim;

import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.article.Article;
import io.claimtracker.common.Stance;
import io.claimtracker.speaker.Speaker;
import io.claimtracker.topic.Topic;
import io.claimtracker.common.persistence.EditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

/** What a speaker is recorded as claiming, anchored to the exact words of an article. */
@Entity
public class Claim extends EditedEntity implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id", nullable = false)
    public Speaker speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    public Topic topic;

    /** The speaker's name as the claim gave it ("Mr Shoigu"), which a split of merged speakers follows. */
    @Column(name = "speaker_named", length = 300)
    public String speakerNamed;

    @Column(name = "speaker_role", length = 300)
    public String speakerRole;

    @Column(name = "quote_exact", nullable = false, length = 65_535)
    public String quoteExact;

    @Column(name = "quote_prefix", nullable = false, length = 32)
    public String quotePrefix;

    @Column(name = "quote_suffix", nullable = false, length = 32)
    public String quoteSuffix;

    @Column(name = "quote_start", nullable = false)
    public int quoteStart;

    @Column(name = "quote_end", nullable = false)
    public int quoteEnd;

    @Column(nullable = false, length = 1000)
    public String statement;

    @Column(name = "said_on")
    public LocalDate saidOn;

    @Column(length = 500)
    public String proposition;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Stance stance;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    public QuoteSelector quote() {
        return new QuoteSelector(quoteExact, quotePrefix, quoteSuffix, quoteStart, quoteEnd);
    }

    public void anchorTo(QuoteSelector selector) {
        quoteExact = selector.exact();
        quotePrefix = selector.prefix();
        quoteSuffix = selector.suffix();
        quoteStart = selector.start();
        quoteEnd = selector.end();
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("article", article.id).with("quote", quoteExact).with("start", quoteStart)
                .with("end", quoteEnd).with("speaker", speaker.name).with("speakerRole", speakerRole).with("statement", statement).with("saidOn", saidOn)
                .with("topic", topic == null ? null : topic.name).with("proposition", proposition)
                .with("stance", stance).with("version", version);
    }
}
