package io.claimtracker.audit;

import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;

/** Read-only access to the audit trail of one record. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** The role name of administrators (account.Role.ADMIN_NAME; audit sits below the account package). */
    private static final String ADMIN_ROLE = "admin";

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "Changes to one record, oldest first",
            description = "entity is one of article, claim, speaker, topic, conflict, user (administrators only); "
                    + "id is the record's id.")
    public PageView<AuditDtos.AuditEntry> list(@QueryParam("entity") String entity, @QueryParam("id") Long id,
                                               @Valid @BeanParam Paging paging) {
        AuditedEntity kind = AuditedEntity.parse(entity).orElseThrow(() -> ProblemException.invalidField("entity",
                "must be one of " + Arrays.stream(AuditedEntity.values()).map(AuditedEntity::key).toList()));
        if (id == null) {
            throw ProblemException.invalidField("id", "is required: the id of the record whose changes you want");
        }
        if (kind == AuditedEntity.USER && !identity.hasRole(ADMIN_ROLE)) {
            throw new ProblemException(Problem.of(403, "Administrators only", "The history of accounts is shown to "
                    + "administrators only. Ask an administrator if you need to know who changed an account."));
        }
        return audit.of(kind, id, paging.request());
    }
}
