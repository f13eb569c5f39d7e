package io.claimtracker.dating;

import io.claimtracker.article.Article;
import io.claimtracker.claim.Claim;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.conflict.detect.EventDating;
import io.claimtracker.speaker.SpeakerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers whether an article's stated date holds up: against articles whose dates editors confirmed (those sharing
 * a topic with its claims first, then the most recently confirmed), the role periods of the speakers its claims
 * quote, and its own text. Each article's dated statements are read once per version and kept in a bounded cache.
 */
@ApplicationScoped
public class ArticleDating {

    static final int TOPIC_ARTICLES = 50;
    static final int RECENT_ARTICLES = 50;
    private static final int CACHED = 1_000;

    @Inject
    Instance<EventDating> eventDating;

    @Inject
    EntityManager entityManager;

    private final Map<String, DatingCheck.Prepared> prepared = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DatingCheck.Prepared> eldest) {
            return size() > CACHED;
        }
    };

    /** The article's date, whether an editor confirmed it, and every warning with its evidence. */
    public record DateCheck(long articleId, LocalDate publishedAt, String confirmedBy, Instant confirmedAt,
                            List<DateWarning> warnings) {
    }

    @Transactional
    public DateCheck check(long articleId) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new RecordNotFoundException("article", articleId));
        DatingCheck check = new DatingCheck(eventDating.get());
        if (article.publishedOn == null || article.dateConfirmedBy != null) {
            return new DateCheck(articleId, article.publishedOn, article.dateConfirmedBy, article.dateConfirmedAt,
                    List.of());
        }
        List<Long> others = trustedArticles(articleId);
        List<Claim> withRoles = Claim.<Claim>find("select c from Claim c join fetch c.speaker where c.article.id = ?1 "
                + "and c.speakerRole is not null", articleId).list();
        DatingCheck.Prepared doubted = others.isEmpty() ? cached(article.id + ":" + article.version + ":bare",
                () -> check.bare(source(article, List.of()))) : prepare(check, article, claimsOf(List.of(articleId)));
        List<DatingCheck.Prepared> trusted = new ArrayList<>();
        if (!others.isEmpty()) {
            Map<Long, List<Claim>> byArticle = new LinkedHashMap<>();
            claimsOf(others).forEach(claim -> byArticle.computeIfAbsent(claim.article.id, id -> new ArrayList<>())
                    .add(claim));
            for (Article other : Article.<Article>list("id in ?1", others)) {
                trusted.add(prepare(check, other, byArticle.getOrDefault(other.id, List.of())));
            }
        }
        List<DateWarning> warnings = check.check(doubted, givenRoles(withRoles), trusted);
        return new DateCheck(articleId, article.publishedOn, article.dateConfirmedBy, article.dateConfirmedAt,
                warnings);
    }

    /** Only the warnings' sentences, for places that show them as text (an import's outcome). */
    public List<String> messages(long articleId) {
        return check(articleId).warnings().stream().map(DateWarning::message).toList();
    }

    private List<Long> trustedArticles(long articleId) {
        Set<Long> ids = new LinkedHashSet<>(entityManager.createQuery("select distinct other.article.id from Claim "
                        + "mine, Claim other where mine.article.id = :article and other.topic = mine.topic and "
                        + "other.article.id <> :article and other.article.dateConfirmedBy is not null", Long.class)
                .setParameter("article", articleId).setMaxResults(TOPIC_ARTICLES).getResultList());
        ids.addAll(entityManager.createQuery("select a.id from Article a where a.dateConfirmedBy is not null and "
                        + "a.id <> :article order by a.dateConfirmedAt desc", Long.class)
                .setParameter("article", articleId).setMaxResults(RECENT_ARTICLES).getResultList());
        return List.copyOf(ids);
    }

    private static List<Claim> claimsOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return Claim.<Claim>find("select c from Claim c join fetch c.speaker where c.article.id in ?1 "
                + "order by c.article.id, c.quoteStart, c.id", articleIds).list();
    }

    private DatingCheck.Prepared prepare(DatingCheck check, Article article, List<Claim> claims) {
        String key = article.id + ":" + article.version + ":" + article.publishedOn + ":" + (article.dateConfirmedBy != null)
                + ":" + claims.size() + ":" + claims.stream().map(claim -> claim.id + "." + claim.version).toList()
                .hashCode();
        return cached(key, () -> check.prepare(source(article, claims)));
    }

    private DatingCheck.Prepared cached(String key, java.util.function.Supplier<DatingCheck.Prepared> reading) {
        synchronized (prepared) {
            DatingCheck.Prepared known = prepared.get(key);
            if (known != null) {
                return known;
            }
        }
        DatingCheck.Prepared fresh = reading.get();
        synchronized (prepared) {
            prepared.put(key, fresh);
        }
        return fresh;
    }

    private static DatingCheck.Source source(Article article, List<Claim> claims) {
        List<String> statements = new ArrayList<>();
        claims.forEach(claim -> {
            statements.add(claim.statement);
            statements.add(claim.quoteExact);
        });
        return new DatingCheck.Source(article.id, article.title, article.publishedOn, article.dateConfirmedBy != null,
                article.body, statements);
    }

    private static List<DatingCheck.GivenRole> givenRoles(List<Claim> claims) {
        List<DatingCheck.GivenRole> roles = new ArrayList<>();
        for (Claim claim : claims) {
            if (claim.speakerRole == null) {
                continue;
            }
            List<DatingCheck.Period> periods = claim.speaker.roles.stream().filter(role -> role.names(claim.speakerRole))
                    .map(ArticleDating::period).toList();
            roles.add(new DatingCheck.GivenRole(claim.speaker.name, claim.speakerRole, periods));
        }
        return roles;
    }

    private static DatingCheck.Period period(SpeakerRole role) {
        return new DatingCheck.Period(role.title, role.heldFrom, role.heldTo);
    }
}
