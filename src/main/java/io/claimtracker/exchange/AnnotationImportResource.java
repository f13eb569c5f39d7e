package io.claimtracker.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimtracker.account.Role;
import io.claimtracker.article.ArticleService;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports W3C Web Annotations made in other tools as claims on an article. */
@Path("/api/articles/{id}/annotations")
@Tag(name = "Exports")
public class AnnotationImportResource {

    @Inject
    AnnotationImport annotations;

    @Inject
    ArticleService articles;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "application/ld+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Import Web Annotations as claims", description = "Reports each annotation: created, "
            + "skipped (already stored) or failed with the reason. 200 when any was created or skipped, 422 when all failed.")
    public Response importAnnotations(@PathParam("id") long id, @QueryParam("speaker") String speaker,
                                      @NotNull(message = "is required: send annotations as JSON") JsonNode document) {
        articles.get(id);
        AnnotationImport.Report report = annotations.run(id, document, speaker);
        if (report.failed() == report.items().size()) {
            throw new ProblemException(Problem.of(422, "No annotation imported", "None of the " + report.failed()
                    + " annotation(s) could become a claim; see items for each reason.").with("items", report.items()));
        }
        return Response.ok(report).build();
    }
}
