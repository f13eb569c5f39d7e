package io.claimtracker.exchange;

import io.claimtracker.common.failure.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleService;
import io.claimtracker.common.web.DomainProblems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;

/** The reader's form for bringing in Web Annotations made in another tool, and the page reporting each one. */
@Path("/articles/{id}/annotations")
@Produces(MediaType.TEXT_HTML)
public class AnnotationImportPage {

    @Inject
    AnnotationImport annotations;

    @Inject
    ArticleService articles;

    @Inject
    ObjectMapper json;

    @Inject
    CsrfGuard csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imported(ArticleView article, AnnotationImport.Report report, String error);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response upload(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token,
                           @RestForm("file") FileUpload file, @RestForm String speaker) {
        csrf.check(token);
        ArticleView article = articles.get(id);
        if (file == null || file.size() == 0) {
            return Response.status(422).entity(Templates.imported(article, null,
                    "Choose a JSON file of Web Annotations to import.")).build();
        }
        try {
            JsonNode document = json.readTree(Files.readString(file.uploadedFile()));
            AnnotationImport.Report report = annotations.run(id, document, speaker == null || speaker.isBlank()
                    ? null : speaker.strip());
            return Response.status(report.failed() == report.items().size() ? 422 : 200)
                    .entity(Templates.imported(article, report, null)).build();
        } catch (JsonProcessingException e) {
            return Response.status(400).entity(Templates.imported(article, null,
                    "The file is not valid JSON (line " + e.getLocation().getLineNr() + "). Export the annotations "
                            + "again as JSON-LD and retry.")).build();
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(Templates.imported(article, null,
                    e.detail())).build();
        } catch (IOException e) {
            return Response.status(400).entity(Templates.imported(article, null,
                    "The file could not be read as UTF-8 text.")).build();
        }
    }
}
