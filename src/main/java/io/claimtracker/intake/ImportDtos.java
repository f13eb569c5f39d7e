package io.claimtracker.intake;

import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** What the import API accepts and answers. */
public final class ImportDtos {

    private ImportDtos() {
    }

    /** Text, HTML or an address to extract one article from; exactly one of text, html or url is needed. */
    public record ExtractRequest(@Size(max = 2_000_000, message = "must be at most 2,000,000 characters") String text,
                                 @Size(max = 5_000_000, message = "must be at most 5,000,000 characters") String html,
                                 @Size(max = 2000, message = "must be at most 2000 characters") String url) {
    }

    /** One document handed to a bulk import: its file name and its content. */
    public record Document(String name, String content) {
    }

    /** Documents to import in bulk, with the outlet for those that name none. */
    public record BulkRequest(@Size(max = 500, message = "may hold at most 500 documents") List<Document> documents,
                              @Size(max = 200, message = "must be at most 200 characters") String outlet) {
    }

    /** A file's outcome in a job. */
    public record FileView(int position, String name, String outcome, Long articleId, String message) {

        static FileView of(ImportFile file) {
            return new FileView(file.position, file.name, file.outcome, file.articleId, file.message);
        }
    }

    /** A job with its progress and the outcome of each file so far. */
    public record JobView(long id, String status, int total, int done, int imported, int duplicates, int failed,
                          String requestedBy, Instant startedAt, Instant finishedAt, List<FileView> files) {

        public boolean running() {
            return io.claimtracker.common.jobs.JobStatus.RUNNING.name().equals(status);
        }
    }
}
