package io.claimtracker.claim;

import io.claimtracker.common.failure.NotPermittedException;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.audit.AuditDtos.AuditEntry;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.claim.ClaimDtos.ClaimInput;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimDtos.QuoteInput;
import io.claimtracker.common.text.Texts;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.DomainProblems;
import io.claimtracker.common.web.FormProblems;
import io.claimtracker.common.web.FormValues;
import io.claimtracker.common.Stance;
import io.claimtracker.speaker.SpeakerDtos.SpeakerRef;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
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
import io.claimtracker.speaker.SpeakerDtos;
import io.claimtracker.speaker.KnownSpeakerOffered;
import java.util.List;

/**
 * A claim's own page: the quote in its context, the citation to copy, its conflicts, its edit history, and the form
 * to edit or delete it; an edit that crosses someone else's shows what they changed and keeps what was typed.
 */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimPage {


    @Inject
    ClaimService claims;

    @Inject
    ClaimRecording recording;

    @Inject
    ConflictHook conflicts;

    @Inject
    DetectionQueue detectionQueue;

    @Inject
    AuditLog audit;

    @Inject
    CsrfGuard csrf;

    @Inject
    Validator validator;

    private static final int LISTED = 50;

    /** What the edit form shows: the values typed (or stored) and the version they apply to. */
    public record EditForm(String speaker, String role, String statement, String saidOn, String topic,
                           String proposition, String stance, long version) {

        static EditForm of(ClaimView claim) {
            return new EditForm(claim.speaker().name(), FormValues.orEmpty(claim.speakerRole()), claim.statement(),
                    claim.saidOn() == null ? "" : claim.saidOn().toString(),
                    claim.topic() == null ? "" : claim.topic().name(), FormValues.orEmpty(claim.proposition()),
                    claim.stance() == null ? "" : claim.stance().name(), claim.version());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimView claim, Citations.Citation citation,
                                             ClaimConflicts conflicts, List<AuditEntry> history,
                                             EditForm form, FormErrors errors,
                                             List<ClaimService.ChangeSince> changedSince, boolean saved,
                                             List<SpeakerDtos.SpeakerSummary> offered);

        static native TemplateInstance remove(ClaimView claim, long openFlags, long ruledFlags);

        static native TemplateInstance claim$conflicts(ClaimConflicts conflicts);

        static native TemplateInstance list(io.claimtracker.common.PageView<ClaimView> claims, SearchForm form,
                                            String nextPage, FormErrors errors);
    }

    /** The flags a claim takes part in, or that its conflict check still runs, and how often the page has looked. */
    public record ClaimConflicts(long claimId, List<ConflictHook.RaisedFlag> flags, boolean checking, int polls) {
    }

    /** What the claims search form holds, as typed. */
    public record SearchForm(String q, String outlet, String from, String to, boolean openFlags, String speaker,
                             String topic) {
    }

    /** The claims list with its search: words, outlet, dates said, open flags; speaker and topic from links. */
    @GET
    public jakarta.ws.rs.core.Response list(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
                                             @QueryParam("from") String from, @QueryParam("to") String to,
                                             @QueryParam("openFlags") String openFlags,
                                             @QueryParam("speaker") Long speaker, @QueryParam("topic") Long topic,
                                             @QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page) {
        SearchForm form = new SearchForm(FormValues.orEmpty(q), FormValues.orEmpty(outlet), FormValues.orEmpty(from),
                FormValues.orEmpty(to), openFlags != null && !openFlags.isBlank(), speaker == null ? "" : speaker.toString(),
                topic == null ? "" : topic.toString());
        FormErrors errors = FormErrors.none();
        LocalDate saidFrom = FormValues.date(form.from(), "from", errors);
        LocalDate saidTo = FormValues.date(form.to(), "to", errors);
        if (form.q().length() > 500) {
            errors.add("q", "must be at most 500 characters");
        }
        io.claimtracker.common.PageRequest paging = io.claimtracker.common.PageRequest.of(Math.max(0, page), LISTED);
        var found = errors.any() ? new io.claimtracker.common.PageView<ClaimView>(List.of(), 0, LISTED, 0)
                : claims.list(new ClaimService.Filter(null, speaker, topic, Texts.clean(form.q()), Texts.clean(form.outlet()),
                saidFrom, saidTo, form.openFlags() ? Boolean.TRUE : null), paging);
        String next = found.hasNext() ? nextPage(form, page + 1) : null;
        return Response.status(errors.any() ? 422 : 200).entity(Templates.list(found, form, next, errors)).build();
    }

    private static String nextPage(SearchForm form, int page) {
        StringBuilder query = new StringBuilder("/claims?page=").append(page);
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("q", form.q());
        values.put("outlet", form.outlet());
        values.put("from", form.from());
        values.put("to", form.to());
        values.put("openFlags", form.openFlags() ? "on" : "");
        values.put("speaker", form.speaker());
        values.put("topic", form.topic());
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value,
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    @GET
    @Path("{id}")
    public TemplateInstance claim(@PathParam("id") long id, @QueryParam("saved") String saved) {
        ClaimView claim = claims.get(id);
        return page(claim, EditForm.of(claim), FormErrors.none(), null, saved != null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response edit(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token, @RestForm String speaker,
                         @RestForm String role, @RestForm String statement, @RestForm String saidOn,
                         @RestForm String topic, @RestForm String proposition, @RestForm String stance,
                         @RestForm long version, @RestForm String speakerChoice) {
        csrf.check(token);
        ClaimView current = claims.get(id);
        EditForm form = new EditForm(FormValues.orEmpty(speaker), FormValues.orEmpty(role), FormValues.orEmpty(statement),
                FormValues.orEmpty(saidOn), FormValues.orEmpty(topic), FormValues.orEmpty(proposition),
                FormValues.orEmpty(stance), version);
        FormErrors errors = FormErrors.none();
        LocalDate said = FormValues.date(form.saidOn(), "saidOn", errors);
        ClaimInput input = new ClaimInput(SpeakerRef.fromForm(form.speaker(), form.role(), speakerChoice),
                new QuoteInput(current.quote().exact(), null, null, current.quote().start(), current.quote().end()),
                form.statement(), said, Texts.clean(form.topic()), Texts.clean(form.proposition()),
                FormValues.choice(form.stance(), Stance.class, "stance", errors), version);
        FormErrors.validate(validator, input).all().forEach(errors::add);
        if (errors.any()) {
            return Response.status(422).entity(page(current, form, errors, null, false)).build();
        }
        try {
            recording.edit(id, input, ClaimRecording.Source.FORM);
            return Response.seeOther(URI.create("/claims/" + id + "?saved=1")).build();
        } catch (StaleEditException e) {
            ClaimView now = claims.get(id);
            FormErrors stale = FormErrors.none().add(FormProblems.FORM, e.detail());
            EditForm typed = new EditForm(form.speaker(), form.role(), form.statement(), form.saidOn(), form.topic(),
                    form.proposition(), form.stance(), now.version());
            return Response.status(409).entity(page(now, typed, stale, claims.changesSince(id, form.version()), false))
                    .build();
        } catch (NotPermittedException e) {
            throw e;
        } catch (KnownSpeakerOffered e) {
            return Response.status(409).entity(page(current, form, FormProblems.of(e), null, false, e.candidates()))
                    .build();
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(page(current, form, FormProblems.of(e), null,
                    false)).build();
        }
    }

    /** The claim's conflicts section, looked for by the page while the claim's check runs. */
    @GET
    @Path("{id}/conflicts")
    public TemplateInstance conflicts(@PathParam("id") long id, @QueryParam("poll") int poll) {
        claims.get(id);
        return Templates.claim$conflicts(conflictsOf(id, Math.max(0, poll)));
    }

    private ClaimConflicts conflictsOf(long id, int polls) {
        boolean checking = detectionQueue.holds(id);
        return new ClaimConflicts(id, checking ? List.of() : conflicts.flagsOf(id), checking, polls);
    }

    /** Asks before deleting: what goes with the claim (its open flags) and what stops it (a ruling). */
    @GET
    @Path("{id}/delete")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance confirmDelete(@PathParam("id") long id) {
        ClaimView claim = claims.get(id);
        List<ConflictHook.RaisedFlag> flags = conflicts.flagsOf(id);
        long open = flags.stream().filter(flag -> "open".equalsIgnoreCase(flag.status())
                || "noted".equalsIgnoreCase(flag.status())).count();
        return Templates.remove(claim, open, flags.size() - open);
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response delete(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token) {
        csrf.check(token);
        ClaimView claim = claims.get(id);
        long flags = conflicts.flagsOf(id).size();
        try {
            claims.delete(id);
            return Response.seeOther(URI.create("/articles/" + claim.article().id() + "?deletedClaim=" + id
                    + "&flagsRemoved=" + flags)).build();
        } catch (NotPermittedException e) {
            throw e;
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(page(claim, EditForm.of(claim),
                    FormErrors.none().add(FormProblems.FORM, e.detail()), null, false)).build();
        }
    }


    private TemplateInstance page(ClaimView claim, EditForm form, FormErrors errors,
                                  List<ClaimService.ChangeSince> changedSince, boolean saved) {
        return page(claim, form, errors, changedSince, saved, List.of());
    }

    private TemplateInstance page(ClaimView claim, EditForm form, FormErrors errors,
                                  List<ClaimService.ChangeSince> changedSince, boolean saved,
                                  List<SpeakerDtos.SpeakerSummary> offered) {
        long id = claim.id();
        return Templates.claim(claim, claims.citation(id), conflictsOf(id, 0), audit.history(AuditedEntity.CLAIM, id),
                form, errors, changedSince, saved, offered);
    }
}
