package io.claimtracker.article;

import io.claimtracker.common.text.Texts;
import io.claimtracker.audit.Audited;
import io.claimtracker.audit.AuditState;
import io.claimtracker.common.persistence.EditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A news article as the editor supplied it: metadata and its plain-text body. */
@Entity
public class Article extends EditedEntity implements Audited {

    @Column(length = 2000)
    public String url;

    @Column(name = "url_hash", length = 64)
    public String urlHash;

    @Column(nullable = false, length = 500)
    public String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id", nullable = false)
    public Outlet outlet;

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 300)
    public List<String> authors = new ArrayList<>();

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(length = 35)
    public String language;

    @Column(name = "date_confirmed_by", length = 100)
    public String dateConfirmedBy;

    @Column(name = "date_confirmed_at")
    public java.time.Instant dateConfirmedAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = 16_777_215)
    public String body;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    public static Optional<Article> findByUrlHash(String urlHash) {
        return find("urlHash", urlHash).firstResultOptional();
    }

    @Override
    public AuditState auditState() {
        return AuditState.of().with("url", url).with("title", title).with("outlet", outlet.name)
                .with("authors", authors).with("publishedAt", publishedOn).with("dateConfirmedBy", dateConfirmedBy).with("language", language)
                .with("bodyCharacters", Texts.codePointLength(body)).with("contentHash", contentHash)
                .with("version", version);
    }
}
