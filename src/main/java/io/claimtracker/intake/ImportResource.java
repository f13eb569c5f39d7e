package io.claimtracker.intake;

import io.claimtracker.account.Role;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.intake.ImportDtos.BulkRequest;
import io.claimtracker.intake.ImportDtos.Document;
import io.claimtracker.intake.ImportDtos.ExtractRequest;
import io.claimtracker.intake.ImportDtos.JobView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Extraction of one article for confirmation, and bulk imports with a report per file. */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ImportResource {

    @Inject
    IntakeService intake;

    @Inject
    TrackerConfig config;

    @POST
    @Path("extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Extract one article from text, HTML or an address, without saving it",
            description = "Returns headline, authors, date, dateline, outlet, address, body, removed captions and "
                    + "warnings for the editor to confirm; save with POST /api/articles.")
    public Extracted extract(@NotNull(message = "is required: send {text} or {html, url} or {url}") @Valid
                             ExtractRequest request) {
        return intake.extract(request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Import many articles from texts or HTML in the background",
            description = "202 with the job; follow GET /api/imports/{id} for progress and a report per document.")
    public Response bulk(@NotNull(message = "is required: send {documents: [{name, content}], outlet}") @Valid
                         BulkRequest request, @Context UriInfo uri) {
        List<Document> documents = new ArrayList<>();
        for (Document document : request.documents() == null ? List.<Document>of() : request.documents()) {
            if (document.content() != null) {
                documents.add(document);
            }
        }
        return accepted(intake.start(documents, request.outlet()), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Import uploaded .txt/.html files or .zip archives of them in the background")
    public Response upload(@RestForm("file") List<FileUpload> files, @RestForm String outlet, @Context UriInfo uri)
            throws IOException {
        return accepted(intake.start(documents(files, config), outlet), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "An import's progress and the outcome of each document")
    public JobView job(@PathParam("id") long id) {
        return intake.job(id);
    }

    public static List<Document> documents(List<FileUpload> files, TrackerConfig config) throws IOException {
        List<Document> documents = new ArrayList<>();
        Uploads uploads = new Uploads(config.intake().maxFiles(), config.intake().maxFileBytes(),
                config.intake().maxUploadBytes());
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            if (file.size() == 0) {
                continue;
            }
            documents.addAll(uploads.documents(file.fileName(), Files.readAllBytes(file.uploadedFile())));
        }
        return documents;
    }

    private static Response accepted(JobView job, UriInfo uri) {
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/imports/" + job.id()).build()).build();
    }
}
