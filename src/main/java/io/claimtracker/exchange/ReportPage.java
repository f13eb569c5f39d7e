package io.claimtracker.exchange;

import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.ConflictCitations;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.topic.Topic;
import io.claimtracker.topic.TopicService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/** A printable conflict report for one topic: every flag with both sides cited, ready to print or save as PDF. */
@Path("/reports/topics")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    @Inject
    TopicService topics;

    @Inject
    ExportService exports;

    @Inject
    ConflictCitations citations;

    /** One conflict in the report with its citation text. */
    public record Entry(ConflictView flag, String citation) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Topic topic, List<Entry> entries, Instant generatedAt);
    }

    @GET
    @Path("{id}")
    public TemplateInstance report(@PathParam("id") long id) {
        Topic topic = topics.get(id);
        List<Entry> entries = exports.conflicts(new ConflictQueries.Filter(null, null, id, null, null)).stream()
                .map(flag -> new Entry(flag, citations.of(flag.id()).text())).toList();
        return Templates.report(topic, entries, Timestamps.now());
    }
}
