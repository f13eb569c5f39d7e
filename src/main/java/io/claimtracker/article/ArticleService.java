package io.claimtracker.article;

import io.claimtracker.article.ArticleDtos.ArticleChange;
import io.claimtracker.article.ArticleDtos.ArticleFields;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.TooLargeException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.article.ArticleDtos.ArticleSummary;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleDtos.NewArticle;
import io.claimtracker.article.ArticleDtos.OutletView;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.text.Hashes;
import io.claimtracker.common.text.NameKey;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.PageView;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.Timestamps;
import io.claimtracker.common.failure.UnprocessableException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Stores articles and finds them again. */
@ApplicationScoped
public class ArticleService {

    @Inject
    OutletService outlets;


    @Inject
    TrackerConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser currentUser;

    /** Which articles a listing asks for; null fields do not filter. */
    public record Filter(String text, String outlet, LocalDate from, LocalDate to) {
    }

    @Transactional
    public ArticleView create(NewArticle input) {
        return create(input, false);
    }

    /**
     * Stores a new article; with {@code dateTypedByEditor}, the date an editor typed into the add form counts as
     * confirmed by that editor, as a date entered on the edit page does.
     */
    @Transactional
    public ArticleView create(NewArticle input, boolean dateTypedByEditor) {
        String body = Texts.body(input.body());
        requireWithinLimit(body);
        String url = Texts.clean(input.url());
        String urlHash = url == null ? null : Hashes.sha256(url);
        if (urlHash != null) {
            Article.findByUrlHash(urlHash).ifPresent(existing -> {
                throw duplicateUrl(existing);
            });
        }
        Article article = new Article();
        fill(article, input, url, urlHash, body);
        if (dateTypedByEditor) {
            markDateConfirmed(article);
        }
        try {
            article.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (urlHash != null && e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw new StateConflictException("Article already stored",
                        "An article with this URL was stored a moment ago. Look it up with GET /api/articles?q="
                                + "and the title, and add claims to it instead.", "url", Map.of());
            }
            throw e;
        }
        audit.record(AuditedEntity.ARTICLE, article.id, AuditLog.CREATED, null, article.auditState().asMap());
        return view(article);
    }

    /** An applied correction: the article before and after, and whether its text or date changed. */
    public record Correction(ArticleView before, ArticleView after, boolean bodyChanged, boolean dateChanged) {
    }

    /**
     * Applies a correction to every field of an article, given the version the editor read; within the caller's
     * transaction, so that a caller refusing the result (a quote no longer found) leaves the article as it was.
     */
    @Transactional
    public Correction correct(long id, ArticleChange change) {
        Article article = find(id);
        if (change.version() != article.version) {
            throw new StaleEditException("Article #" + id + " was changed after you read it (you sent version "
                    + change.version() + ", it is now at version " + article.version + "). Reload it and apply "
                    + "your correction again.", view(article), audit.changesSince(AuditedEntity.ARTICLE, id,
                    change.version()));
        }
        String body = Texts.body(change.body());
        requireWithinLimit(body);
        String url = Texts.clean(change.url());
        String urlHash = url == null ? null : Hashes.sha256(url);
        if (urlHash != null) {
            Article.findByUrlHash(urlHash).filter(other -> !other.id.equals(article.id)).ifPresent(other -> {
                throw duplicateUrl(other);
            });
        }
        ArticleView before = view(article);
        Map<String, Object> audited = article.auditState().asMap();
        boolean bodyChanged = !body.equals(article.body);
        boolean dateChanged = !Objects.equals(change.publishedAt(), article.publishedOn);
        fill(article, change, url, urlHash, body);
        if (dateChanged) {
            markDateConfirmed(article);
        }
        article.flush();
        audit.record(AuditedEntity.ARTICLE, article.id, AuditLog.UPDATED, audited, article.auditState().asMap());
        return new Correction(before, view(article), bodyChanged, dateChanged);
    }

    /** Records that an editor vouches for the article's date as it stands; audited, repeatable. */
    @Transactional
    public ArticleView confirmDate(long id) {
        Article article = find(id);
        if (article.publishedOn == null) {
            throw new UnprocessableException("No date to confirm", "Article #" + id + " has no publication date. "
                    + "Enter the date on its edit page; a date you enter counts as confirmed.", "publishedAt",
                    Map.of());
        }
        Map<String, Object> audited = article.auditState().asMap();
        markDateConfirmed(article);
        article.flush();
        audit.record(AuditedEntity.ARTICLE, article.id, AuditLog.UPDATED, audited, article.auditState().asMap());
        return view(article);
    }

    private void markDateConfirmed(Article article) {
        article.dateConfirmedBy = article.publishedOn == null ? null : currentUser.name();
        article.dateConfirmedAt = article.publishedOn == null ? null : Timestamps.now();
    }

    /** Removes an article whose claims are gone; within the caller's transaction. */
    @Transactional
    public void delete(long id) {
        Article article = find(id);
        audit.record(AuditedEntity.ARTICLE, id, AuditLog.DELETED, article.auditState().asMap(), null);
        article.delete();
    }

    /** Sets every field the editor gives, with the URL and body already cleaned and checked. */
    private void fill(Article article, ArticleFields fields, String url, String urlHash, String body) {
        article.url = url;
        article.urlHash = urlHash;
        article.title = Texts.clean(fields.title());
        article.outlet = outlets.resolve(fields.outlet());
        article.authors = new ArrayList<>(Objects.requireNonNullElse(fields.authors(), List.<String>of()).stream()
                .map(Texts::clean).toList());
        article.publishedOn = fields.publishedAt();
        article.language = Texts.clean(fields.language());
        article.body = body;
        article.contentHash = Hashes.sha256(body);
    }

    private void requireWithinLimit(String body) {
        int length = Texts.codePointLength(body);
        int limit = config.limits().articleBody();
        if (length > limit) {
            throw new TooLargeException("Article too long", "The article body has " + length
                    + " characters; the limit is " + limit + ". Remove material that is not part of the article.", "body");
        }
    }

    @Transactional
    public ArticleView get(long id) {
        return view(find(id));
    }

    /** An article's authors, without loading its claims. */
    @Transactional
    public List<String> authors(long id) {
        return List.copyOf(find(id).authors);
    }

    public Article find(long id) {
        return Article.<Article>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("article", id));
    }

    @Transactional
    public PageView<ArticleSummary> list(Filter filter, PageRequest paging) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        String text = Texts.clean(filter.text());
        if (text != null) {
            conditions.add("(a.title like :text escape '!' or a.body like :text escape '!')");
            parameters.and("text", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        String outlet = Texts.clean(filter.outlet());
        if (outlet != null) {
            conditions.add("o.nameKey = :outlet");
            parameters.and("outlet", NameKey.of(outlet));
        }
        if (filter.from() != null) {
            conditions.add("a.publishedOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("a.publishedOn <= :to");
            parameters.and("to", filter.to());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        PanacheQuery<Article> query = Article.find("select a from Article a join fetch a.outlet o" + where
                + " order by a.createdAt desc, a.id desc", parameters);
        List<Article> page = query.page(paging.page(), paging.size()).list();
        long total = Article.count("select count(a) from Article a join a.outlet o" + where, parameters);
        Map<Long, Long> claimCounts = claimCounts(page.stream().map(article -> article.id).toList());
        return new PageView<>(page.stream()
                .map(article -> summary(article, claimCounts.getOrDefault(article.id, 0L)))
                .toList(), paging.page(), paging.size(), total);
    }

    private Map<Long, Long> claimCounts(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select c.article.id, count(c) from Claim c where c.article.id in :ids "
                        + "group by c.article.id", Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static StateConflictException duplicateUrl(Article existing) {
        return new StateConflictException("Article already stored", "This URL is already stored as article #"
                + existing.id + ", \"" + existing.title + "\". Add claims to that article instead of storing it "
                + "again.", "url", Map.of("existingId", existing.id, "existing", "/api/articles/" + existing.id));
    }

    private ArticleView view(Article article) {
        return new ArticleView(article.id, article.url, article.title, OutletView.of(article.outlet),
                List.copyOf(article.authors), article.publishedOn, article.dateConfirmedBy, article.dateConfirmedAt,
                article.language, article.body,
                article.contentHash, article.createdAt, article.updatedAt, article.version);
    }

    private static ArticleSummary summary(Article article, long claimCount) {
        return new ArticleSummary(article.id, article.url, article.title, OutletView.of(article.outlet),
                List.copyOf(article.authors), article.publishedOn, article.language, claimCount,
                article.createdAt);
    }
}
