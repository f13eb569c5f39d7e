package io.claimtracker.web;

import io.claimtracker.common.Enums;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.common.web.DomainProblems;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.article.ArticleDtos.ArticleChange;
import io.claimtracker.claim.ArticleCorrection;
import io.claimtracker.article.ArticleService;
import io.claimtracker.article.Highlights;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.audit.AuditDtos.AuditEntry;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;

import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.article.ArticleDtos.ArticleSummary;
import jakarta.annotation.security.RolesAllowed;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleDtos.NewArticle;
import io.claimtracker.article.ArticleDtos.OutletRef;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimDtos.QuoteInput;
import io.claimtracker.claim.ClaimRecording;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.claim.ConflictHook;
import io.claimtracker.claim.DetectionQueue;
import io.claimtracker.claim.ReviewState;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.FormProblems;
import io.claimtracker.common.web.FormValues;
import io.claimtracker.common.PageView;
import io.claimtracker.common.Stance;
import io.claimtracker.speaker.SpeakerDtos.SpeakerRef;
import io.claimtracker.speaker.SpeakerService;
import io.claimtracker.topic.TopicService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import io.claimtracker.speaker.SpeakerDtos;
import io.claimtracker.speaker.KnownSpeakerOffered;
import io.claimtracker.dating.ArticleDating;
import io.claimtracker.dating.DateWarning;
import java.util.List;
import java.util.Map;

/** The editor's article pages: the searchable list, the add-article form and the reader with its claims. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    private static final int PAGE_SIZE = 20;

    @Inject
    DetectionQueue detectionQueue;

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    ClaimRecording recording;

    @Inject
    ConflictHook conflicts;

    @Inject
    SpeakerService speakers;

    @Inject
    TopicService topics;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    CsrfGuard csrf;

    @Inject
    ArticleCorrection corrections;

    @Inject
    ArticleDating dating;

    /** One row of the article list. */
    public record ArticleRow(ArticleSummary article, long openConflicts) {
    }

    /** What the add-article form shows: the values typed so far and the errors next to them. */
    public record ArticleForm(String url, String title, String outlet, String authors, String publishedAt,
                              String language, String body) {

        static ArticleForm empty() {
            return new ArticleForm("", "", "", "", "", "", "");
        }
    }

    /** What the attach-claim form shows. */
    public record ClaimForm(String exact, String start, String end, String speaker, String role, String statement,
                            String saidOn, String topic, String proposition, String stance) {

        static ClaimForm empty() {
            return new ClaimForm("", "", "", "", "", "", "", "", "", "");
        }
    }

    /** A claim on the reader page with the state of its conflicts. */
    public record ReaderClaim(ClaimView claim, ReviewState state) {
    }

    /** The outcome shown after a claim was attached; while its check is pending the flags so far. */
    public record Added(ClaimView claim, List<ConflictHook.RaisedFlag> flags, boolean pending, int polls) {

        /** The flags that are conflicts, for the review queue. */
        public List<ConflictHook.RaisedFlag> conflicts() {
            return flags.stream().filter(flag -> !recordedOnly(flag)).toList();
        }

        /** Developments and pairs waiting for a date: recorded beside the queue, not conflicts. */
        public List<ConflictHook.RaisedFlag> recorded() {
            return flags.stream().filter(Added::recordedOnly).toList();
        }

        private static boolean recordedOnly(ConflictHook.RaisedFlag flag) {
            return Enums.parse(ConflictKind.class, flag.kind()).map(ConflictKind::recordedOnly).orElse(false);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PageView<ArticleRow> articles, String q, String notice);

        static native TemplateInstance form(ArticleForm form, FormErrors errors);

        static native TemplateInstance edit(long id, ArticleForm form, long version, FormErrors errors);

        static native TemplateInstance remove(ArticleView article, int claims, long openFlags, String problem);

        static native TemplateInstance reader(ArticleView article, List<Highlights.Segment<ReaderClaim>> segments,
                                              List<ReaderClaim> claims, ClaimForm form, FormErrors errors,
                                              Added added, List<String> speakerNames, List<String> topicNames,
                                              List<AuditEntry> history, List<SpeakerDtos.SpeakerSummary> offered,
                                              ArticleDating.DateCheck dateCheck, String notice, long openFlags);

        static native TemplateInstance openFlags(long articleId, long known, long open);

        static native TemplateInstance reader$added(Added added);

        static native TemplateInstance dateNote(long articleId, DateWarning warning);
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("deleted") Integer deletedClaims,
                                 @QueryParam("deletedTitle") String deletedTitle) {
        PageView<ArticleSummary> found = articles.list(new ArticleService.Filter(q, null, null, null),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Map<Long, Long> open = conflicts.openFlagsByArticle(found.items().stream().map(ArticleSummary::id).toList());
        String notice = deletedClaims == null ? null : "The article" + (deletedTitle == null || deletedTitle.isBlank()
                ? "" : " “" + deletedTitle.strip() + "”") + " was deleted, with " + deletedClaims
                + (deletedClaims == 1 ? " claim" : " claims") + " and their open flags.";
        return Templates.list(found.map(article -> new ArticleRow(article, open.getOrDefault(article.id(), 0L))),
                q == null ? "" : q, notice);
    }

    @GET
    @Path("new")
    public TemplateInstance newArticle() {
        return Templates.form(ArticleForm.empty(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response create(@RestForm(CsrfGuard.FIELD) String csrfToken, @RestForm String url, @RestForm String title, @RestForm String outlet,
                           @RestForm String authors, @RestForm String publishedAt, @RestForm String language,
                           @RestForm String body) {
        csrf.check(csrfToken);
        ArticleForm form = new ArticleForm(FormValues.orEmpty(url), FormValues.orEmpty(title), FormValues.orEmpty(outlet), FormValues.orEmpty(authors),
                FormValues.orEmpty(publishedAt), FormValues.orEmpty(language), FormValues.orEmpty(body));
        FormErrors errors = FormErrors.none();
        LocalDate date = FormValues.date(form.publishedAt(), "publishedAt", errors);
        NewArticle article = new NewArticle(Texts.clean(form.url()), form.title(),
                form.outlet().isBlank() ? null : OutletRef.named(form.outlet()),
                Arrays.stream(form.authors().split("[,\\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList(),
                date, Texts.clean(form.language()), form.body().isBlank() ? null : form.body());
        FormErrors invalid = FormErrors.validate(validator, article);
        invalid.all().forEach(errors::add);
        if (!errors.any()) {
            try {
                long id = articles.create(article, true).id();
                return Response.seeOther(URI.create("/articles/" + id)).build();
            } catch (DomainException e) {
                errors = FormProblems.of(e);
            }
        }
        return Response.status(errors.has("url") ? 409 : 422).entity(Templates.form(form, errors)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance reader(@PathParam("id") long id, @QueryParam("added") Long added,
                                   @QueryParam("deletedClaim") Long deletedClaim,
                                   @QueryParam("flagsRemoved") @DefaultValue("0") int flagsRemoved) {
        String notice = deletedClaim == null ? null : "Claim #" + deletedClaim + " was deleted"
                + (flagsRemoved > 0 ? ", with the " + (flagsRemoved == 1 ? "flag" : flagsRemoved + " flags")
                + " it took part in." : "; it took part in no flag.") + " The audit trail keeps it.";
        return reader(articles.get(id), ClaimForm.empty(), FormErrors.none(), added, List.of(), notice);
    }

    @POST
    @Path("{id}/claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response attach(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken, @RestForm String exact, @RestForm String start,
                           @RestForm String end, @RestForm String speaker, @RestForm String role,
                           @RestForm String statement, @RestForm String saidOn, @RestForm String topic,
                           @RestForm String proposition, @RestForm String stance, @RestForm String speakerChoice) {
        csrf.check(csrfToken);
        ArticleView article = articles.get(id);
        ClaimForm form = new ClaimForm(FormValues.orEmpty(exact), FormValues.orEmpty(start), FormValues.orEmpty(end), FormValues.orEmpty(speaker), FormValues.orEmpty(role),
                FormValues.orEmpty(statement), FormValues.orEmpty(saidOn), FormValues.orEmpty(topic), FormValues.orEmpty(proposition), FormValues.orEmpty(stance));
        FormErrors errors = FormErrors.none();
        LocalDate said = FormValues.date(form.saidOn(), "saidOn", errors);
        ClaimInput input = new ClaimInput(SpeakerRef.fromForm(form.speaker(), form.role(), speakerChoice),
                new QuoteInput(form.exact(), null, null, FormValues.whole(form.start()), FormValues.whole(form.end())),
                form.statement(), said, Texts.clean(form.topic()), Texts.clean(form.proposition()),
                FormValues.choice(form.stance(), Stance.class, "stance", errors), null);
        FormErrors invalid = FormErrors.validate(validator, input);
        invalid.all().forEach(errors::add);
        if (!errors.any()) {
            try {
                ClaimView created = recording.attach(id, input, ClaimRecording.Source.FORM);
                return Response.seeOther(URI.create("/articles/" + id + "?added=" + created.id() + "#added"))
                        .build();
            } catch (KnownSpeakerOffered e) {
                return Response.status(409).entity(reader(article, form, FormProblems.of(e), null, e.candidates(), null))
                        .build();
            } catch (DomainException e) {
                errors = FormProblems.of(e);
            }
        }
        return Response.status(422).entity(reader(article, form, errors, null)).build();
    }

    private TemplateInstance reader(ArticleView article, ClaimForm form, FormErrors errors, Long addedId) {
        return reader(article, form, errors, addedId, List.of(), null);
    }

    private TemplateInstance reader(ArticleView article, ClaimForm form, FormErrors errors, Long addedId,
                                    List<SpeakerDtos.SpeakerSummary> offered, String notice) {
        List<ClaimView> attached = claims.ofArticle(article.id());
        Map<Long, ReviewState> states = conflicts.reviewStates(attached.stream().map(ClaimView::id).toList());
        List<ReaderClaim> readerClaims = attached.stream()
                .map(claim -> new ReaderClaim(claim, states.getOrDefault(claim.id(), ReviewState.NONE))).toList();
        List<Highlights.Segment<ReaderClaim>> segments = Highlights.split(article.body(), readerClaims.stream()
                .map(claim -> new Highlights.Span<>(claim, claim.claim().quote().start(), claim.claim().quote().end()))
                .toList());
        Added added = addedId == null ? null : attached.stream().filter(claim -> claim.id() == addedId).findFirst()
                .map(claim -> added(claim, 0)).orElse(null);
        return Templates.reader(article, segments, readerClaims, form, errors, added, speakerNames(), topicNames(),
                audit.history(AuditedEntity.ARTICLE, article.id()), offered, dating.check(article.id()), notice,
                conflicts.openFlagsByArticle(List.of(article.id())).getOrDefault(article.id(), 0L));
    }

    private List<String> speakerNames() {
        return speakers.list(null, PageRequest.of(0, 100)).items().stream().map(speaker -> speaker.name).toList();
    }

    private List<String> topicNames() {
        return topics.list(null, PageRequest.of(0, 100)).items().stream().map(topic -> topic.name).toList();
    }

    /** Whether more flags are open on the article's claims than when the page was drawn; polled by the page. */
    @GET
    @Path("{id}/open-flags")
    public TemplateInstance openFlags(@PathParam("id") long id, @QueryParam("known") @DefaultValue("0") long known) {
        long open = conflicts.openFlagsByArticle(List.of(id)).getOrDefault(id, 0L);
        return Templates.openFlags(id, known, open);
    }

    /** What attaching a claim raised, polled by its notice while the claim's conflict check is still running. */
    @GET
    @Path("{id}/added/{claimId}")
    public TemplateInstance added(@PathParam("id") long id, @PathParam("claimId") long claimId,
                                  @QueryParam("poll") int poll) {
        ClaimView claim = claims.get(claimId);
        if (claim.article().id() != id) {
            throw new RecordNotFoundException("claim", claimId);
        }
        return Templates.reader$added(added(claim, Math.max(0, poll)));
    }

    private Added added(ClaimView claim, int polls) {
        boolean pending = detectionQueue.holds(claim.id());
        return new Added(claim, pending ? List.of() : conflicts.flagsOf(claim.id()), pending, polls);
    }

    /** The first reason to doubt the article's date, as a line beside its claims elsewhere (review), or nothing. */
    @GET
    @Path("{id}/date-note")
    public TemplateInstance dateNote(@PathParam("id") long id) {
        List<DateWarning> warnings = dating.check(id).warnings();
        return Templates.dateNote(id, warnings.isEmpty() ? null : warnings.get(0));
    }

    @POST
    @Path("{id}/date-confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response confirmDate(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken) {
        csrf.check(csrfToken);
        articles.confirmDate(id);
        return Response.seeOther(URI.create("/articles/" + id + "#date-check")).build();
    }

    /** Applies a suggested date in one click: the article's other fields stay, its claims' dates are re-read. */
    @POST
    @Path("{id}/date")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response applyDate(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                              @RestForm String publishedAt, @RestForm Long version) {
        csrf.check(csrfToken);
        FormErrors errors = FormErrors.none();
        LocalDate date = FormValues.date(FormValues.orEmpty(publishedAt), "publishedAt", errors);
        ArticleView article = articles.get(id);
        if (date == null || errors.any()) {
            return Response.status(422).entity(reader(article, ClaimForm.empty(), errors.any() ? errors
                    : FormErrors.none().add(FormProblems.FORM, "Choose a date to apply."), null)).build();
        }
        ArticleChange change = new ArticleChange(article.url(), article.title(), OutletRef.named(article.outlet().name()),
                article.authors(), date, article.language(), article.body(), version == null ? article.version() : version);
        try {
            corrections.correct(id, change);
            return Response.seeOther(URI.create("/articles/" + id + "#date-check")).build();
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(reader(articles.get(id), ClaimForm.empty(),
                    FormErrors.none().add(FormProblems.FORM, e.detail()), null)).build();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance editForm(@PathParam("id") long id) {
        ArticleView article = articles.get(id);
        return Templates.edit(id, formOf(article), article.version(), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response edit(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken, @RestForm String url,
                         @RestForm String title, @RestForm String outlet, @RestForm String authors,
                         @RestForm String publishedAt, @RestForm String language, @RestForm String body,
                         @RestForm Long version) {
        csrf.check(csrfToken);
        ArticleForm form = new ArticleForm(FormValues.orEmpty(url), FormValues.orEmpty(title), FormValues.orEmpty(outlet),
                FormValues.orEmpty(authors), FormValues.orEmpty(publishedAt), FormValues.orEmpty(language),
                FormValues.orEmpty(body));
        FormErrors errors = FormErrors.none();
        LocalDate date = FormValues.date(form.publishedAt(), "publishedAt", errors);
        ArticleChange change = new ArticleChange(Texts.clean(form.url()), form.title(),
                form.outlet().isBlank() ? null : OutletRef.named(form.outlet()), authorList(form.authors()), date,
                Texts.clean(form.language()), form.body().isBlank() ? null : form.body(), version);
        FormErrors.validate(validator, change).all().forEach(errors::add);
        long shownVersion = version == null ? articles.get(id).version() : version;
        if (!errors.any()) {
            try {
                corrections.correct(id, change);
                return Response.seeOther(URI.create("/articles/" + id)).build();
            } catch (StaleEditException e) {
                ArticleView now = articles.get(id);
                errors.add(FormProblems.FORM, e.detail() + " Your text is kept below; the form now corrects the "
                        + "current version.");
                return Response.status(409).entity(Templates.edit(id, form, now.version(), errors)).build();
            } catch (DomainException e) {
                errors = FormProblems.of(e);
                return Response.status(DomainProblems.status(e)).entity(Templates.edit(id, form, shownVersion,
                        errors)).build();
            }
        }
        return Response.status(422).entity(Templates.edit(id, form, shownVersion, errors)).build();
    }

    @GET
    @Path("{id}/delete")
    @RolesAllowed(Role.REVIEWER_NAME)
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        ArticleView article = articles.get(id);
        return Templates.remove(article, claims.ofArticle(id).size(),
                conflicts.openFlagsByArticle(List.of(id)).getOrDefault(id, 0L), null);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response delete(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken) {
        csrf.check(csrfToken);
        ArticleView article = articles.get(id);
        try {
            ArticleCorrection.Removed removed = corrections.remove(id);
            return Response.seeOther(jakarta.ws.rs.core.UriBuilder.fromPath("/articles")
                    .queryParam("deleted", removed.claims()).queryParam("deletedTitle", article.title()).build()).build();
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(Templates.remove(article,
                    claims.ofArticle(id).size(), conflicts.openFlagsByArticle(List.of(id)).getOrDefault(id, 0L),
                    e.detail())).build();
        }
    }

    private static ArticleForm formOf(ArticleView article) {
        return new ArticleForm(FormValues.orEmpty(article.url()), article.title(), article.outlet().name(),
                String.join(", ", article.authors()), article.publishedAt() == null ? "" : article.publishedAt().toString(),
                FormValues.orEmpty(article.language()), article.body());
    }

    private static List<String> authorList(String authors) {
        return Arrays.stream(authors.split("[,\\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
