package io.claimtracker.exchange;

import io.claimtracker.common.Enums;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.conflict.ConflictStatus;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import io.claimtracker.topic.TopicService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Claims and conflicts in the formats the field uses: schema.org JSON-LD, W3C Web Annotations and CSV. */
@Path("/api/exports")
@Tag(name = "Exports")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    ClaimService claims;

    @Inject
    TopicService topics;

    @GET
    @Path("claims/{id}.jsonld")
    @Produces(LinkedData.MEDIA_TYPE)
    @Operation(summary = "One claim as schema.org Claim JSON-LD, with its conflict links")
    public Map<String, Object> claimJsonLd(@PathParam("id") long id, @Context UriInfo uri) {
        ClaimView claim = claims.get(id);
        String base = base(uri);
        return LinkedData.document(base, LinkedData.claim(claim, exports.authors(List.of(claim)).get(claim.article().id()),
                exports.flagsOf(id), base));
    }

    @GET
    @Path("topics/{id}.jsonld")
    @Produces(LinkedData.MEDIA_TYPE)
    @Operation(summary = "A topic's claims as schema.org Claim JSON-LD, and its confirmed conflicts as ClaimReview")
    public Map<String, Object> topicJsonLd(@PathParam("id") long id, @Context UriInfo uri) {
        topics.get(id);
        String base = base(uri);
        List<ClaimView> filed = exports.claims(new ClaimService.Filter(null, null, id));
        Map<Long, List<String>> authors = exports.authors(filed);
        List<Object> graph = new ArrayList<>();
        for (ClaimView claim : filed) {
            graph.add(LinkedData.claim(claim, authors.get(claim.article().id()), exports.flagsOf(claim.id()), base));
        }
        for (ConflictView flag : exports.confirmedConflicts(id)) {
            graph.add(LinkedData.review(flag, base));
        }
        return LinkedData.document(base, graph);
    }

    @GET
    @Path("claims/{id}/annotation")
    @Produces(Annotations.MEDIA_TYPE)
    @Operation(summary = "One claim as a W3C Web Annotation")
    public Map<String, Object> annotation(@PathParam("id") long id, @Context UriInfo uri) {
        return Annotations.annotation(claims.get(id), base(uri), true);
    }

    @GET
    @Path("articles/{id}/annotations")
    @Produces(Annotations.MEDIA_TYPE)
    @Operation(summary = "Every claim on an article as a W3C Web Annotation collection")
    public Map<String, Object> annotations(@PathParam("id") long id, @Context UriInfo uri) {
        String base = base(uri);
        return Annotations.collection(base + "api/exports/articles/" + id + "/annotations",
                oldestFirst(exports.claims(new ClaimService.Filter(id, null, null))), base);
    }

    @GET
    @Path("claims.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Claims as CSV, filtered by topic, article or speaker")
    public Response claimsCsv(@QueryParam("topic") Long topic, @QueryParam("article") Long article,
                              @QueryParam("speaker") Long speaker) {
        List<ClaimView> rows = oldestFirst(exports.claims(new ClaimService.Filter(article, speaker, topic)));
        StringBuilder csv = new StringBuilder(Csv.BYTE_ORDER_MARK).append(Csv.row(List.of("id", "speaker", "role", "quote", "statement",
                "said_on", "topic", "article_id", "article_title", "outlet", "published_on", "article_url",
                "quote_start", "quote_end", "recorded_by", "recorded_at")));
        for (ClaimView claim : rows) {
            csv.append(Csv.row(Arrays.asList(claim.id(), claim.speaker().name(), claim.speakerRole(),
                    claim.quote().exact(), claim.statement(), claim.saidOn(),
                    claim.topic() == null ? null : claim.topic().name(), claim.article().id(), claim.article().title(),
                    claim.article().outlet(), claim.article().publishedAt(), claim.article().url(),
                    claim.quote().start(), claim.quote().end(), claim.createdBy(), claim.createdAt())));
        }
        ClaimView first = rows.isEmpty() ? null : rows.get(0);
        String about = first == null ? "none" : topic != null && first.topic() != null ? "topic-" + first.topic().name()
                : article != null ? "article-" + first.article().title() : speaker != null ? first.speaker().name() : "all";
        return attachment(csv.toString(), Csv.fileName("claims", about));
    }

    @GET
    @Path("conflicts.csv")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Conflict flags as CSV, both sides on one row, filtered by topic and status")
    public Response conflictsCsv(@QueryParam("topic") Long topic, @QueryParam("status") String status) {
        ConflictStatus wanted = status == null || status.isBlank() ? null : Enums.parse(ConflictStatus.class, status)
                .orElseThrow(() -> new ProblemException(Problem.of(400, "Unknown status", "status must be one of "
                        + Arrays.toString(ConflictStatus.values()) + ".")));
        ConflictQueries.Filter filter = new ConflictQueries.Filter(wanted, null, topic, null, null);
        String about = topic == null ? (wanted == null ? "all" : wanted.name()) : "topic-" + topics.get(topic).name;
        StreamingOutput rows = output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            csv.write(Csv.BYTE_ORDER_MARK);
            csv.write(Csv.row(List.of("id", "kind", "score", "status", "explanation", "claim_a", "speaker_a", "quote_a",
                    "outlet_a", "said_on_a", "claim_b", "speaker_b", "quote_b", "outlet_b", "said_on_b", "decided_by",
                    "decided_at", "dismiss_reason", "decision_note")));
            try {
                exports.eachConflict(filter, flag -> write(csv, Csv.row(Arrays.asList(flag.id(), flag.kind(),
                        String.format(Locale.ROOT, "%.2f", flag.score()), flag.status(), flag.explanation(),
                        flag.a().id(), flag.a().speaker().name(), flag.a().quote().exact(), flag.a().article().outlet(),
                        flag.a().saidOn(), flag.b().id(), flag.b().speaker().name(), flag.b().quote().exact(),
                        flag.b().article().outlet(), flag.b().saidOn(), flag.decidedBy(), flag.decidedAt(),
                        flag.dismissReason(), flag.decisionNote()))));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        };
        return Response.ok(rows, Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + Csv.fileName("conflicts", about) + "\"")
                .build();
    }

    private static void write(Writer out, String row) {
        try {
            out.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response attachment(String body, String name) {
        return Response.ok(body, Csv.MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private static List<ClaimView> oldestFirst(List<ClaimView> newestFirst) {
        List<ClaimView> ordered = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(ordered);
        return ordered;
    }

    static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
