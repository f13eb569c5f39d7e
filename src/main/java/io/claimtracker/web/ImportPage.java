package io.claimtracker.web;

import io.claimtracker.intake.IntakeService;
import io.claimtracker.intake.ImportResource;
import io.claimtracker.intake.Extracted;
import io.claimtracker.intake.TextArticleParser;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.DomainProblems;
import io.claimtracker.intake.ImportDtos.Document;
import io.claimtracker.intake.ImportDtos.ExtractRequest;
import io.claimtracker.intake.ImportDtos.JobView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/** The editor's way in for articles: paste, upload or fetch; check one article before saving, or follow a bulk import. */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_NAME)
public class ImportPage {

    @Inject
    IntakeService intake;

    @Inject
    CsrfGuard csrf;

    @Inject
    TrackerConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String text, String outlet, String url, String error);

        static native TemplateInstance preview(ArticlePages.ArticleForm form, FormErrors errors, List<String> warnings,
                                               List<String> captions);

        static native TemplateInstance job(JobView job);
    }

    @GET
    public TemplateInstance start() {
        return Templates.start("", "", "", null);
    }

    @POST
    @Path("text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response text(@RestForm(CsrfGuard.FIELD) String token, @RestForm String text, @RestForm String outlet) {
        csrf.check(token);
        List<String> pieces = TextArticleParser.split(text);
        if (pieces.isEmpty()) {
            return Response.status(422).entity(Templates.start("", orEmpty(outlet), "", "Paste the article text first."))
                    .build();
        }
        if (pieces.size() > 1) {
            List<Document> documents = IntStream.range(0, pieces.size())
                    .mapToObj(i -> new Document("pasted article " + (i + 1), pieces.get(i))).toList();
            return Response.seeOther(URI.create("/imports/" + intake.start(documents, outlet).id())).build();
        }
        return Response.ok(preview(intake.extract(new ExtractRequest(text, null, null)), outlet)).build();
    }

    @POST
    @Path("url")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response url(@RestForm(CsrfGuard.FIELD) String token, @RestForm String url) {
        csrf.check(token);
        try {
            return Response.ok(preview(intake.extract(new ExtractRequest(null, null, url)), null)).build();
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(Templates.start("", "", orEmpty(url),
                    e.detail())).build();
        }
    }

    @POST
    @Path("files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response files(@RestForm(CsrfGuard.FIELD) String token, @RestForm("file") List<FileUpload> files,
                          @RestForm String outlet) throws IOException {
        csrf.check(token);
        List<Document> documents;
        try {
            documents = ImportResource.documents(files, config);
        } catch (DomainException e) {
            return Response.status(DomainProblems.status(e)).entity(Templates.start("", orEmpty(outlet), "",
                    e.detail())).build();
        }
        if (documents.isEmpty()) {
            return Response.status(422).entity(Templates.start("", orEmpty(outlet), "", "Choose at least one file."))
                    .build();
        }
        boolean archive = files.stream().anyMatch(file -> file.fileName() != null && file.fileName().endsWith(".zip"));
        if (documents.size() == 1 && !archive) {
            return Response.ok(preview(IntakeService.fromFile(documents.get(0)), outlet)).build();
        }
        return Response.seeOther(URI.create("/imports/" + intake.start(documents, outlet).id())).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(intake.job(id));
    }

    private static TemplateInstance preview(Extracted extracted, String outlet) {
        ArticlePages.ArticleForm form = new ArticlePages.ArticleForm(orEmpty(extracted.url()), extracted.title(),
                extracted.outlet() != null ? extracted.outlet() : orEmpty(outlet), String.join(", ", extracted.authors()),
                extracted.publishedAt() == null ? "" : extracted.publishedAt().toString(), "", extracted.body());
        return Templates.preview(form, FormErrors.none(), extracted.warnings(), extracted.captions());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
