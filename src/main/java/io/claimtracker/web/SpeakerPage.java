package io.claimtracker.web;

import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.annotation.security.RolesAllowed;
import io.claimtracker.account.Role;
import io.claimtracker.account.CsrfGuard;
import io.claimtracker.claim.SpeakerMerging;
import io.claimtracker.speaker.SpeakerDtos;
import io.claimtracker.speaker.SpeakerService;
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

import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.FormProblems;
import io.claimtracker.common.web.FormValues;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.text.Texts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Everything a speaker is on record saying, newest first, with each claim's conflicts and reversals. */
@Path("/speakers")
@Produces(MediaType.TEXT_HTML)
public class SpeakerPage {

    private static final int SHOWN = 100;

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claims;

    @Inject
    ConflictHook conflicts;

    @Inject
    AuditLog audit;

    @Inject
    SpeakerMerging merging;

    @Inject
    CsrfGuard csrf;

    /** A claim with the flags it takes part in. */
    public record Entry(ClaimView claim, List<ConflictHook.RaisedFlag> flags) {

        public boolean reversed() {
            return flags.stream().anyMatch(ConflictHook.RaisedFlag::reversal);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance speaker(SpeakerDtos.SpeakerSummary speaker, List<Entry> entries, long total,
                                               List<AuditEntry> history, List<SpeakerDtos.SpeakerSummary> sameSurname,
                                               FormErrors errors);

        static native TemplateInstance index(io.claimtracker.common.PageView<SpeakerDtos.SpeakerSummary> speakers,
                                             String q);
    }

    @GET
    @Transactional
    public TemplateInstance index(@jakarta.ws.rs.QueryParam("q") String q,
                                  @jakarta.ws.rs.QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page) {
        return Templates.index(speakers.list(q, PageRequest.of(Math.max(0, page), SHOWN)).map(SpeakerDtos.SpeakerSummary::of),
                q == null ? "" : q);
    }

    @GET
    @Path("{id}")
    @Transactional
    public TemplateInstance speaker(@PathParam("id") long id) {
        return page(id, FormErrors.none());
    }

    private TemplateInstance page(long id, FormErrors errors) {
        SpeakerDtos.SpeakerSummary speaker = SpeakerDtos.SpeakerSummary.of(speakers.get(id));
        var said = claims.list(new ClaimService.Filter(null, id, null), PageRequest.of(0, SHOWN));
        var flags = conflicts.flagsOfEach(said.items().stream().map(ClaimView::id).toList());
        List<Entry> entries = said.items().stream().map(claim -> new Entry(claim, flags.get(claim.id()))).toList();
        String[] words = speaker.name().strip().split("\\s+");
        List<SpeakerDtos.SpeakerSummary> sameSurname = speakers.list(words[words.length - 1], PageRequest.of(0, 20))
                .items().stream().filter(other -> other.id != id).map(SpeakerDtos.SpeakerSummary::of).toList();
        return Templates.speaker(speaker, entries, said.total(), audit.history(AuditedEntity.SPEAKER, id),
                sameSurname, errors);
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response addRole(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                            @RestForm String title, @RestForm String from, @RestForm String to) {
        csrf.check(csrfToken);
        FormErrors errors = FormErrors.none();
        LocalDate first = FormValues.date(FormValues.orEmpty(from), "from", errors);
        LocalDate last = FormValues.date(FormValues.orEmpty(to), "to", errors);
        if (Texts.clean(title) == null) {
            errors.add("title", "is required");
        }
        if (!errors.any()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    List<SpeakerDtos.RolePeriod> roles = new ArrayList<>(SpeakerDtos.SpeakerSummary.of(speakers.get(id)).roles());
                    roles.add(new SpeakerDtos.RolePeriod(Texts.clean(title), first, last));
                    speakers.replaceRoles(id, roles);
                });
                return Response.seeOther(URI.create("/speakers/" + id + "#roles-heading")).build();
            } catch (DomainException e) {
                errors = FormProblems.of(e);
            }
        }
        FormErrors shown = errors;
        return Response.status(422).entity(QuarkusTransaction.requiringNew().call(() -> page(id, shown))).build();
    }

    @POST
    @Path("{id}/roles/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    @Transactional
    public Response removeRole(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                               @RestForm int position) {
        csrf.check(csrfToken);
        List<SpeakerDtos.RolePeriod> roles = new ArrayList<>(SpeakerDtos.SpeakerSummary.of(speakers.get(id)).roles());
        if (position >= 0 && position < roles.size()) {
            roles.remove(position);
            speakers.replaceRoles(id, roles);
        }
        return Response.seeOther(URI.create("/speakers/" + id + "#roles-heading")).build();
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response merge(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                          @RestForm Long speakerId) {
        csrf.check(csrfToken);
        merging.merge(id, speakerId == null ? id : speakerId);
        return Response.seeOther(URI.create("/speakers/" + id)).build();
    }

    @POST
    @Path("{id}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.REVIEWER_NAME)
    public Response split(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                          @RestForm String alias) {
        csrf.check(csrfToken);
        SpeakerMerging.Split split = merging.split(id, alias);
        return Response.seeOther(URI.create("/speakers/" + split.speakerId())).build();
    }
}
