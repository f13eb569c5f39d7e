package io.claimtracker.claim;

import io.claimtracker.audit.AuditDtos.AuditEntry;
import io.claimtracker.audit.AuditLog;
import io.claimtracker.audit.AuditedEntity;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** A claim's own page: the quote in its context, the citation to copy, its conflicts and its edit history. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimPage {

    @Inject
    ClaimService claims;

    @Inject
    ConflictHook conflicts;

    @Inject
    AuditLog audit;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimView claim, Citations.Citation citation,
                                             List<ConflictHook.RaisedFlag> flags, List<AuditEntry> history);
    }

    @GET
    @Path("{id}")
    public TemplateInstance claim(@PathParam("id") long id) {
        return Templates.claim(claims.get(id), claims.citation(id), conflicts.flagsOf(id),
                audit.history(AuditedEntity.CLAIM, id));
    }
}
