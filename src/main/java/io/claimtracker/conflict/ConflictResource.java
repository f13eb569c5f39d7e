package io.claimtracker.conflict;

import io.claimtracker.common.Enums;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import io.claimtracker.conflict.ConflictDtos.CheckBatch;
import io.claimtracker.conflict.ConflictDtos.CheckRequest;
import io.claimtracker.conflict.ConflictDtos.CheckResults;
import io.claimtracker.conflict.ConflictDtos.CheckResult;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictDtos.RescanView;
import io.claimtracker.conflict.detect.ConflictJudge;
import io.claimtracker.conflict.detect.ConflictKind;
import io.claimtracker.conflict.detect.Statement;
import io.claimtracker.conflict.detect.Verdict;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;

/** JSON API for conflict flags, stateless checks and rescans. */
@Path("/api/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conflicts")
public class ConflictResource {

    @Inject
    ConflictJudge judge;

    @Inject
    ConflictQueries conflicts;

    @Inject
    RescanService rescans;

    @Inject
    ConflictCitations citations;

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Path("check")
    @Operation(summary = "Check two statements against each other", description = "Stores nothing.")
    public CheckResult check(@NotNull(message = "is required: send {a, b}") @Valid CheckRequest request) {
        Verdict verdict = judge.check(Statement.of(request.a(), request.aDate()),
                Statement.of(request.b(), request.bDate() != null ? request.bDate() : request.aDate()));
        return new CheckResult(verdict.conflict(), verdict.kind(), verdict.score(), verdict.explanation());
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Path("checks")
    @Operation(summary = "Check up to 100 pairs of statements", description = "Stores nothing; the contradiction "
            + "model reads the pairs together, so this is the fast way to check many.")
    public CheckResults checkAll(@NotNull(message = "is required: send {pairs: [{a, b}, ...]}") @Valid CheckBatch batch) {
        List<ConflictJudge.Pair> pairs = batch.pairs().stream().map(request -> new ConflictJudge.Pair(
                judge.prepare(Statement.of(request.a(), request.aDate())),
                judge.prepare(Statement.of(request.b(), request.bDate() != null ? request.bDate() : request.aDate()))))
                .toList();
        return new CheckResults(judge.judgeEach(pairs).stream().map(verdict -> new CheckResult(verdict.conflict(),
                verdict.kind(), verdict.score(), verdict.explanation())).toList());
    }

    @GET
    @Operation(summary = "List conflict flags", description = "Highest score first.")
    public PageView<ConflictView> list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                                       @QueryParam("topic") Long topic, @QueryParam("speaker") Long speaker,
                                       @QueryParam("claim") Long claim, @QueryParam("outlet") String outlet,
                                       @Valid @BeanParam Paging paging) {
        return conflicts.list(new ConflictQueries.Filter(parse(ConflictStatus.class, "status", status),
                parse(ConflictKind.class, "kind", kind), topic, speaker, claim, outlet), paging.request());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One conflict flag with both claims")
    public ConflictView get(@PathParam("id") long id) {
        return conflicts.get(id);
    }

    @GET
    @Path("{id}/citation")
    @Operation(summary = "Both sides of a conflict, cited, ready to paste into an editor's note")
    public ConflictCitations.ConflictCitation citation(@PathParam("id") long id) {
        return citations.of(id);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @POST
    @Path("rescans")
    @Operation(summary = "Re-run the current detector over all claims in the background")
    public Response rescan(@Context UriInfo uri) {
        RescanView started = rescans.start();
        return Response.accepted(started)
                .location(uri.getBaseUriBuilder().path("api/conflicts/rescans/" + started.id()).build()).build();
    }

    @GET
    @Path("rescans/{id}")
    @Operation(summary = "Progress of a rescan")
    public RescanView rescan(@PathParam("id") long id) {
        return rescans.get(id);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Enums.parse(type, value).orElseThrow(() -> new ProblemException(Problem.of(400, "Invalid " + name,
                "'" + value + "' is not a " + name + "; use one of " + Arrays.toString(type.getEnumConstants()) + ".")));
    }
}
