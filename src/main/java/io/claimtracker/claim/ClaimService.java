package io.claimtracker.claim;

import io.claimtracker.common.failure.NotPermittedException;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.account.Role;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.article.Article;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.PageView;
import io.claimtracker.speaker.Speaker;
import io.claimtracker.speaker.SpeakerService;
import io.claimtracker.topic.Topic;
import io.claimtracker.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Creates, edits and finds claims, anchoring each quote in its article. */
@ApplicationScoped
public class ClaimService {

    private static final String VIEW_FETCH = "select c from Claim c join fetch c.article a join fetch a.outlet "
            + "join fetch c.speaker s left join fetch c.topic t";

    @Inject
    SpeakerService speakers;

    @Inject
    TopicService topics;

    @Inject
    CurrentUser currentUser;

    @Inject
    TrackerConfig config;

    @Inject
    ConflictHook conflicts;

    @Inject
    AuditLog audit;

    @Inject
    DetectionQueue detectionQueue;

    /** Who changed a claim after the version a writer read, when, and which fields. */
    public record ChangeSince(String by, java.time.Instant at, List<io.claimtracker.audit.AuditDtos.FieldChange> fields) {
    }

    /**
     * Which claims a listing asks for; null fields do not filter. {@code text} searches statements, quotes, speaker
     * names and article headlines; {@code outlet} is an outlet's name; {@code openFlags} keeps claims with an open flag.
     */
    public record Filter(Long articleId, Long speakerId, Long topicId, String text, String outlet, LocalDate saidFrom,
                         LocalDate saidTo, Boolean openFlags) {

        public Filter(Long articleId, Long speakerId, Long topicId) {
            this(articleId, speakerId, topicId, null, null, null, null, null);
        }
    }

    @Transactional
    public ClaimView create(long articleId, ClaimInput input) {
        Article article = Article.<Article>findByIdOptional(articleId)
                .orElseThrow(() -> new RecordNotFoundException("article", articleId));
        requireStanceWithProposition(input);
        QuoteSelector selector = anchor(article, input.quote());
        Claim claim = new Claim();
        claim.article = article;
        apply(claim, selector, resolveReferences(claim.article, input), input);
        claim.createdBy = currentUser.name();
        claim.persistAndFlush();
        detectionQueue.enqueue(claim.id);
        audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.CREATED, null, claim.auditState().asMap());
        return ClaimView.of(claim);
    }

    @Transactional
    public ClaimView update(long id, ClaimInput input) {
        Claim claim = find(id);
        requireMayChange(claim, "edit");
        if (input.version() == null) {
            throw new InvalidInputException("Fix these fields and send again: version is required to edit a claim; "
                    + "send the version you last read (now " + claim.version + ").",
                    List.of(new DomainException.FieldError("version", "is required")));
        }
        if (input.version() != claim.version) {
            throw new StaleEditException("This claim was changed after you read it (you sent version "
                    + input.version() + ", it is now at version " + claim.version + "). Reload it, reapply your edit "
                    + "and send the new version.", ClaimView.of(claim), changesSince(id, input.version()));
        }
        requireStanceWithProposition(input);
        QuoteSelector selector = anchor(claim.article, input.quote());
        Map<String, Object> before = claim.auditState().asMap();
        Long topicBefore = claim.topic == null ? null : claim.topic.id;
        apply(claim, selector, resolveReferences(claim.article, input), input);
        claim.flush();
        Long topicAfter = claim.topic == null ? null : claim.topic.id;
        if (!java.util.Objects.equals(topicBefore, topicAfter)) {
            conflicts.claimMoved(claim.id, topicAfter);
        }
        detectionQueue.enqueue(claim.id);
        audit.record(AuditedEntity.CLAIM, claim.id, AuditLog.UPDATED, before, claim.auditState().asMap());
        return ClaimView.of(claim);
    }

    @Transactional
    public void delete(long id) {
        Claim claim = find(id);
        requireMayChange(claim, "delete");
        conflicts.claimDeleting(id);
        audit.record(AuditedEntity.CLAIM, id, AuditLog.DELETED, claim.auditState().asMap(), null);
        claim.delete();
    }


    /** What others changed in a claim after the given version, oldest first, for an editor whose edit was stale. */
    @Transactional
    public List<ChangeSince> changesSince(long id, long version) {
        return audit.changesSince(AuditedEntity.CLAIM, id, version).stream()
                .map(entry -> new ChangeSince(entry.actor(), entry.at(), entry.changes())).toList();
    }

    @Transactional
    public ClaimView get(long id) {
        return ClaimView.of(find(id));
    }

    @Transactional
    public Citations.Citation citation(long id) {
        Claim claim = find(id);
        return Citations.of(ClaimView.of(claim), List.copyOf(claim.article.authors));
    }

    @Transactional
    public PageView<ClaimView> list(Filter filter, PageRequest paging) {
        ClaimSearch.Found found = ClaimSearch.find(Claim.getEntityManager(), filter, paging);
        Map<Long, ClaimView> views = new java.util.HashMap<>();
        if (!found.ids().isEmpty()) {
            Claim.<Claim>find(VIEW_FETCH + " where c.id in ?1", found.ids()).list()
                    .forEach(claim -> views.put(claim.id, ClaimView.of(claim)));
        }
        List<ClaimView> items = found.ids().stream().map(views::get).filter(java.util.Objects::nonNull).toList();
        return new PageView<>(items, paging.page(), paging.size(), found.total());
    }

    /** Claims of one article in reading order. */
    @Transactional
    public List<ClaimView> ofArticle(long articleId) {
        return Claim.<Claim>find(VIEW_FETCH + " where a.id = ?1 order by c.quoteStart, c.id", articleId)
                .list().stream().map(ClaimView::of).toList();
    }

    /** Editors change the claims they recorded; reviewers and admins change any claim. */
    private void requireMayChange(Claim claim, String verb) {
        if (!currentUser.hasRole(Role.REVIEWER_NAME) && !currentUser.name().equals(claim.createdBy)) {
            throw new NotPermittedException("Not your claim", "Claim #" + claim.id + " was recorded by "
                    + claim.createdBy + ". Editors can " + verb + " only the claims they recorded; ask a reviewer.");
        }
    }

    private Claim find(long id) {
        return Claim.<Claim>find(VIEW_FETCH + " where c.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> new RecordNotFoundException("claim", id));
    }

    /** The speaker and topic a claim names, resolved before the claim changes so that one edit flushes once. */
    private record References(Speaker speaker, Topic topic) {
    }

    private References resolveReferences(Article article, ClaimInput input) {
        String topic = Texts.clean(input.topic());
        return new References(speakers.resolve(input.speaker(), () -> speakersNear(article.id, topic)),
                topic == null ? null : topics.resolve(topic));
    }

    /** Speakers already quoted in the article or the topic, whom a surname most likely means. */
    private static List<Long> speakersNear(long articleId, String topic) {
        java.util.Set<Long> near = new java.util.LinkedHashSet<>(Claim.getEntityManager().createQuery(
                        "select distinct c.speaker.id from Claim c where c.article.id = :article", Long.class)
                .setParameter("article", articleId).setMaxResults(200).getResultList());
        if (topic != null) {
            near.addAll(Claim.getEntityManager().createQuery("select distinct c.speaker.id from Claim c "
                            + "where c.topic.id in (select t.id from Topic t where t.nameKey = :topic)", Long.class)
                    .setParameter("topic", io.claimtracker.common.text.NameKey.of(topic)).setMaxResults(200).getResultList());
        }
        return List.copyOf(near);
    }

    private static void apply(Claim claim, QuoteSelector selector, References references, ClaimInput input) {
        claim.anchorTo(selector);
        claim.speaker = references.speaker();
        claim.speakerNamed = Texts.clean(input.speaker().name());
        claim.topic = references.topic();
        claim.statement = Texts.clean(input.statement());
        claim.saidOn = input.saidOn() != null ? input.saidOn() : claim.article.publishedOn;
        claim.speakerRole = roleWhenSaid(references.speaker(), input.speaker().role(), claim.saidOn);
        claim.proposition = Texts.clean(input.proposition());
        claim.stance = input.stance();
    }

    /** The role the editor gave, else the dated role the speaker held that day, else the speaker's role. */
    static String roleWhenSaid(Speaker speaker, String given, LocalDate day) {
        String typed = Texts.clean(given);
        return typed != null ? typed : speaker.roleOn(day).orElse(speaker.role);
    }

    private static void requireStanceWithProposition(ClaimInput input) {
        if ((Texts.clean(input.proposition()) == null) != (input.stance() == null)) {
            throw new InvalidInputException("Fix these fields and send again: proposition and stance go together; "
                    + "send both (stance FOR or AGAINST) or neither.", List.of(new DomainException.FieldError(
                    input.stance() == null ? "stance" : "proposition",
                    "is required with " + (input.stance() == null ? "proposition" : "stance"))));
        }
    }

    private QuoteSelector anchor(Article article, ClaimDtos.QuoteInput quote) {
        String exact = Texts.body(quote.exact());
        int limit = config.limits().quote();
        if (Texts.codePointLength(exact) > limit) {
            throw new UnprocessableException("Quote too long", "The quote has "
                    + Texts.codePointLength(exact) + " characters; the limit is " + limit
                    + ". Quote the words that carry the claim.", "quote.exact", Map.of());
        }
        QuoteRequest request = new QuoteRequest(exact, Texts.context(quote.prefix()), Texts.context(quote.suffix()),
                quote.start(), quote.end());
        QuoteAnchor.Result result = new QuoteAnchor(article.body).anchor(request);
        if (result instanceof QuoteAnchor.Anchored anchored) {
            return anchored.selector();
        }
        throw QuoteProblems.of(result, exact);
    }
}
