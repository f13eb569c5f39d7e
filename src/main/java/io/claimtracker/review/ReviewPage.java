package io.claimtracker.review;

import io.claimtracker.common.Enums;
import io.claimtracker.conflict.ReviewAction;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.PageRequest;
import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.audit.AuditDtos.AuditEntry;
import jakarta.annotation.security.RolesAllowed;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.FormProblems;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import io.claimtracker.conflict.ConflictCitations;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.conflict.ConflictStatus;
import io.claimtracker.conflict.DismissReason;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.review.ReviewDtos.DecisionRequest;
import io.claimtracker.speaker.Speaker;
import io.claimtracker.speaker.SpeakerService;
import io.claimtracker.topic.Topic;
import io.claimtracker.topic.TopicService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The review queue: flags side by side, highest score first, with forms to rule on each. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    ConflictQueries conflicts;

    @Inject
    ReviewService reviews;

    @Inject
    TopicService topics;

    @Inject
    SpeakerService speakers;

    @Inject
    ConflictCitations citations;

    @Inject
    AuditLog audit;

    @Inject
    CsrfGuard csrf;

    /** The filters the queue was opened with, kept across decisions. */
    public record QueueFilter(String status, String kind, Long topic, Long speaker, String outlet) {

        public String query() {
            return "status=" + status + "&kind=" + (kind == null ? "" : kind) + "&topic=" + (topic == null ? "" : topic)
                    + "&speaker=" + (speaker == null ? "" : speaker)
                    + "&outlet=" + (outlet == null ? "" : java.net.URLEncoder.encode(outlet, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(PageView<ConflictView> flags, List<Disputes.Dispute> disputes,
                                             QueueFilter filter, List<Topic> topics,
                                             List<Speaker> speakers,
                                             ConflictStatus[] statuses, ConflictKind[] kinds,
                                             DismissReason[] reasons, Long failedId,
                                             FormErrors errors, long latestId);

        static native TemplateInstance count(long open);

        static native TemplateInstance arrivals(QueueFilter filter, long after, long arrived);

        static native TemplateInstance queue$flag(ConflictView flag, QueueFilter filter, DismissReason[] reasons,
                                                  Long failedId, FormErrors errors);

        static native TemplateInstance flag(ConflictView flag, QueueFilter filter, DismissReason[] reasons,
                                            Long failedId, FormErrors errors,
                                            ConflictCitations.ConflictCitation citation, List<AuditEntry> history);
    }

    /** The event a ruling made in place sends the page, so the navigation counts the open flags again at once. */
    static final String RULED_EVENT = "flagRuled";

    /**
     * The navigation's link to the queue with the number of open flags; htmx asks again every 30 seconds and as soon
     * as a ruling is made in place.
     */
    @GET
    @Path("count")
    public TemplateInstance count() {
        return Templates.count(conflicts.openCount());
    }

    /** How many flags matching the queue's filters arrived since it was opened; polled by the queue page. */
    @GET
    @Path("arrivals")
    public TemplateInstance arrivals(@QueryParam("status") @DefaultValue("OPEN") String status,
                                     @QueryParam("kind") String kind, @QueryParam("topic") Long topic,
                                     @QueryParam("speaker") Long speaker, @QueryParam("outlet") String outlet,
                                     @QueryParam("after") @DefaultValue("0") long after) {
        QueueFilter filter = new QueueFilter(status.toUpperCase(Locale.ROOT), blank(kind), topic, speaker, blank(outlet));
        ConflictStatus wanted = Enums.parse(ConflictStatus.class, filter.status()).orElse(ConflictStatus.OPEN);
        ConflictKind kindWanted = Enums.parse(ConflictKind.class, filter.kind()).orElse(null);
        long arrived = conflicts.countAfter(new ConflictQueries.Filter(wanted, kindWanted, topic, speaker, null,
                filter.outlet()), after);
        return Templates.arrivals(filter, after, arrived);
    }

    @GET
    @Path("{id:[0-9]+}")
    public TemplateInstance flag(@PathParam("id") long id) {
        return flagPage(id, null, FormErrors.none());
    }

    @GET
    public TemplateInstance queue(@QueryParam("status") @DefaultValue("OPEN") String status,
                                  @QueryParam("kind") String kind, @QueryParam("topic") Long topic,
                                  @QueryParam("speaker") Long speaker, @QueryParam("outlet") String outlet,
                                  @QueryParam("page") @DefaultValue("0") int page) {
        return render(new QueueFilter(status.toUpperCase(Locale.ROOT), blank(kind), topic, speaker, blank(outlet)), page, null,
                FormErrors.none());
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response decide(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken, @RestForm String action, @RestForm String reason,
                           @RestForm String note, @RestForm Long version, @RestForm String status,
                           @RestForm String kind, @RestForm Long topic, @RestForm Long speaker, @RestForm String outlet,
                           @RestForm String from, @HeaderParam("HX-Request") String htmx) {
        csrf.check(csrfToken);
        boolean inline = "true".equals(htmx);
        QueueFilter filter = new QueueFilter(status == null ? "OPEN" : status, blank(kind), topic, speaker, blank(outlet));
        FormErrors errors = FormErrors.none();
        try {
            ReviewAction chosen = action == null ? null : ReviewAction.valueOf(action);
            DismissReason why = reason == null || reason.isBlank() ? null : DismissReason.valueOf(reason);
            if (chosen == null || version == null) {
                throw new ProblemException(Problem.of(422, "Invalid request", "Choose an action; reload the page if this persists."));
            }
            ConflictView decided = reviews.decide(id, new DecisionRequest(chosen, why, note, version));
            if (inline) {
                return Response.ok(Templates.queue$flag(decided, filter, DismissReason.values(), null,
                        FormErrors.none())).header("HX-Trigger", RULED_EVENT).build();
            }
            return Response.seeOther(URI.create("flag".equals(from) ? "/review/" + id
                    : "/review?" + filter.query() + "#flag-" + id)).build();
        } catch (IllegalArgumentException e) {
            errors.add(FormProblems.FORM, "Unknown action or reason; reload the page and try again.");
        } catch (DomainException e) {
            errors = FormProblems.of(e);
            if (!errors.has(FormProblems.FORM)) {
                errors.add(FormProblems.FORM, e.detail());
            }
        }
        if (inline) {
            return Response.status(422).entity(Templates.queue$flag(conflicts.get(id), filter, DismissReason.values(),
                    id, errors)).build();
        }
        if ("flag".equals(from)) {
            return Response.status(422).entity(flagPage(id, id, errors)).build();
        }
        return Response.status(422).entity(render(filter, 0, id, errors)).build();
    }

    private TemplateInstance flagPage(long id, Long failedId, FormErrors errors) {
        return Templates.flag(conflicts.get(id), new QueueFilter("OPEN", null, null, null, null), DismissReason.values(),
                failedId, errors, citations.of(id), audit.history(AuditedEntity.CONFLICT, id));
    }

    private TemplateInstance render(QueueFilter filter, int page, Long failedId, FormErrors errors) {
        ConflictStatus status = Enums.parse(ConflictStatus.class, filter.status()).orElse(ConflictStatus.OPEN);
        ConflictKind kind = Enums.parse(ConflictKind.class, filter.kind()).orElse(null);
        if (kind == null && filter.kind() != null && !filter.kind().isBlank()) {
            errors.add("kind", "Unknown kind; showing all kinds.");
        }
        long latest = conflicts.latestId();
        PageView<ConflictView> flags = conflicts.list(new ConflictQueries.Filter(status, kind, filter.topic(),
                filter.speaker(), null, filter.outlet()), PageRequest.of(Math.max(0, page), PAGE_SIZE));
        return Templates.queue(flags, Disputes.of(flags.items()), new QueueFilter(status.name(), filter.kind(), filter.topic(), filter.speaker(),
                filter.outlet()), topics.list(null, PageRequest.of(0, 100)).items(),
                speakers.list(null, PageRequest.of(0, 100)).items(), ConflictStatus.values(), ConflictKind.values(),
                DismissReason.values(), failedId,
                errors, latest);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
