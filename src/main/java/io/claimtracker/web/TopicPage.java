package io.claimtracker.web;

import io.claimtracker.topic.Topic;
import io.claimtracker.topic.TopicService;
import io.claimtracker.common.PageRequest;
import io.claimtracker.audit.AuditDtos.AuditEntry;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;

import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.claim.ConflictHook;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import io.claimtracker.account.CsrfGuard;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A story's claims on a timeline by date said, grouped by speaker, with the conflicts between them as links. */
@Path("/topics")
@Produces(MediaType.TEXT_HTML)
public class TopicPage {

    private static final int SHOWN = 100;

    @Inject
    TopicWatches watches;

    @Inject
    io.claimtracker.common.CurrentUser currentUser;

    @Inject
    io.claimtracker.account.CsrfGuard csrf;

    @Inject
    TopicService topics;

    @Inject
    ClaimService claims;

    @Inject
    ConflictHook conflicts;

    @Inject
    AuditLog audit;

    /** A claim on the timeline with the flags linking it to others, developments included. */
    public record Entry(ClaimView claim, List<ConflictHook.RaisedFlag> flags) {

        /**
         * Whether a flag links this claim to another as a conflict: not a development, not a pair awaiting dates, and
         * not one a reviewer dismissed.
         */
        public boolean disputed() {
            return flags.stream().anyMatch(flag -> !"DEVELOPMENT".equals(flag.kind())
                    && !"DATES_NEEDED".equals(flag.kind()) && !"dismissed".equalsIgnoreCase(flag.status()));
        }
    }

    /** One speaker's lane of the timeline: their claims under each date of the topic's date axis. */
    public record Lane(String speaker, long speakerId, List<List<Entry>> cells) {
    }

    /** The dates said, in order, that form the timeline's columns; null stands for claims without a date. */
    public record Axis(List<LocalDate> dates) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance topic(Topic topic, Axis axis, List<Lane> lanes, long total,
                                             List<AuditEntry> history, boolean watching);

        static native TemplateInstance watching(List<TopicWatches.Watched> topics);

        static native TemplateInstance watching$list(List<TopicWatches.Watched> topics);

        static native TemplateInstance index(io.claimtracker.common.PageView<Topic> topics);
    }

    @GET
    @Transactional
    public TemplateInstance index(@jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page) {
        return Templates.index(topics.list(null, PageRequest.of(Math.max(0, page), SHOWN)));
    }

    @GET
    @Path("{id:[0-9]+}")
    @Transactional
    public TemplateInstance topic(@PathParam("id") long id) {
        Topic topic = topics.get(id);
        var filed = claims.list(new ClaimService.Filter(null, null, id), PageRequest.of(0, SHOWN));
        Map<Long, List<ConflictHook.RaisedFlag>> flags = conflicts.flagsOfEach(filed.items().stream()
                .map(ClaimView::id).toList());
        List<Entry> entries = filed.items().stream()
                .sorted(Comparator.comparing((ClaimView claim) -> claim.saidOn() == null ? LocalDate.MAX : claim.saidOn())
                        .thenComparing(ClaimView::id))
                .map(claim -> new Entry(claim, flags.get(claim.id())))
                .toList();
        List<LocalDate> dates = entries.stream().map(entry -> entry.claim().saidOn()).distinct().toList();
        Map<Long, List<Entry>> bySpeaker = entries.stream().collect(Collectors.groupingBy(
                entry -> entry.claim().speaker().id(), LinkedHashMap::new, Collectors.toList()));
        List<Lane> lanes = bySpeaker.values().stream()
                .map(said -> new Lane(said.get(0).claim().speaker().name(), said.get(0).claim().speaker().id(),
                        dates.stream().map(date -> said.stream()
                                .filter(entry -> java.util.Objects.equals(entry.claim().saidOn(), date)).toList())
                                .toList()))
                .toList();
        Long account = currentUser.accountId();
        boolean watching = account != null && watches.watching(account, id);
        if (watching) {
            watches.seen(account, id);
        }
        return Templates.topic(topic, new Axis(dates), lanes, filed.total(), audit.history(AuditedEntity.TOPIC, id),
                watching);
    }

    @POST
    @Path("{id}/watch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response watch(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken) {
        csrf.check(csrfToken);
        topics.get(id);
        watches.watch(currentUser.accountId(), id);
        return Response.seeOther(URI.create("/topics/" + id)).build();
    }

    @POST
    @Path("{id}/unwatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unwatch(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken) {
        csrf.check(csrfToken);
        watches.unwatch(currentUser.accountId(), id);
        return Response.seeOther(URI.create("/topics/" + id)).build();
    }

    /** The topics the signed-in person watches, with the flags raised since each was last opened. */
    @GET
    @Path("watched")
    public TemplateInstance watched() {
        return Templates.watching(watches.of(currentUser.accountId()));
    }

    /** The same list alone, for the account page to load into itself. */
    @GET
    @Path("watched/list")
    public TemplateInstance watchedList() {
        return Templates.watching$list(watches.of(currentUser.accountId()));
    }
}
