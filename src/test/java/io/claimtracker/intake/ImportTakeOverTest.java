package io.claimtracker.intake;

import io.claimtracker.common.Timestamps;
import io.claimtracker.common.jobs.JobStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.claimtracker.intake.ExtractionTest.fixture;
import static io.claimtracker.intake.ImportApiTest.finished;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a bulk import keeps its files in the database only until each is read, that an import whose instance
 * stopped renewing its lease is finished by this one from its first unread file, that a file whose content was never
 * stored fails with a message saying so, and that a held lease is respected.
 */
@QuarkusTest
class ImportTakeOverTest {

    @Inject
    IntakeService intake;

    @Test
    void aFinishedImportKeepsNoFileContent() throws Exception {
        long jobId = post("/api/imports", Map.of("outlet", "Lease Ledger", "documents", List.of(
                Map.of("name", "one.txt", "content", story("first")),
                Map.of("name", "two.txt", "content", story("second")))))
                .statusCode(202).extract().jsonPath().getLong("id");

        JsonPath job = finished(jobId);

        assertThat(job.getList("files.outcome")).containsExactly("imported", "imported");
        assertThat(storedContents(jobId)).isZero();
        assertThat(leaseOwner(jobId)).isNotBlank();
    }

    @Test
    void anImportWhoseInstanceStoppedRenewingItsLeaseIsFinishedFromItsFirstUnreadFile() throws Exception {
        long jobId = abandonedJob(Instant.now().minus(Duration.ofMinutes(1)));

        intake.takeOverAbandoned();
        JsonPath job = finished(jobId);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("done")).isEqualTo(3);
        assertThat(job.getList("files.outcome")).containsExactly("imported", "imported", "imported");
        assertThat(job.getLong("files[0].articleId")).isEqualTo(-1L);
        get("/api/articles/" + job.getLong("files[1].articleId")).statusCode(200);
        get("/api/articles/" + job.getLong("files[2].articleId")).statusCode(200);
        assertThat(job.getLong("files[1].articleId")).isNotEqualTo(job.getLong("files[2].articleId"));
        assertThat(storedContents(jobId)).isZero();
        assertThat(leaseOwner(jobId)).isNotEqualTo("vanished-instance");
    }

    @Test
    void anImportWhoseLeaseIsStillHeldIsLeftToItsInstance() throws Exception {
        long jobId = abandonedJob(Instant.now().plus(Duration.ofHours(1)));

        intake.takeOverAbandoned();
        Thread.sleep(500);

        JsonPath job = get("/api/imports/" + jobId).statusCode(200).extract().jsonPath();
        assertThat(job.getString("status")).isEqualTo("RUNNING");
        assertThat(job.getList("files.outcome")).containsExactly("imported", "pending", "pending");
        assertThat(storedContents(jobId)).isEqualTo(2);
        assertThat(leaseOwner(jobId)).isEqualTo("vanished-instance");
        QuarkusTransaction.requiringNew().run(() -> ImportJob.<ImportJob>findById(jobId).end(JobStatus.FAILED));
    }

    @Test
    void aFileTakenOverWithoutStoredContentFailsWithAMessageToImportItAgain() throws Exception {
        long jobId = abandonedJob(Instant.now().minus(Duration.ofMinutes(1)));
        QuarkusTransaction.requiringNew().run(() -> ImportDocument.delete(
                "fileId in (select f.id from ImportFile f where f.jobId = ?1 and f.position = 3)", jobId));

        intake.takeOverAbandoned();
        JsonPath job = finished(jobId);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getList("files.outcome")).containsExactly("imported", "imported", "failed");
        assertThat(job.getString("files[2].message")).isEqualTo(IntakeService.CONTENT_GONE);
    }

    /** A job as a killed instance leaves it: the first of three files read, the other two waiting, the lease given. */
    private static long abandonedJob(Instant leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.begin("admin", 3);
            job.done = 1;
            job.outlet = "Lease Ledger";
            job.leaseOwner = "vanished-instance";
            job.leaseUntil = leaseUntil;
            job.progressedAt = Timestamps.now().minus(Duration.ofMinutes(1));
            job.persist();
            for (int position = 1; position <= 3; position++) {
                ImportFile file = new ImportFile();
                file.jobId = job.id;
                file.position = position;
                file.name = "file-" + position + ".txt";
                file.outcome = position == 1 ? ImportFile.IMPORTED : ImportFile.PENDING;
                file.articleId = position == 1 ? -1L : null;
                file.persist();
                if (position > 1) {
                    ImportDocument stored = new ImportDocument();
                    stored.fileId = file.id;
                    stored.content = story("taken over " + position);
                    stored.persist();
                }
            }
            return job.id;
        });
    }

    private static String story(String label) {
        try {
            return fixture("orchard.txt") + "\n\nReference " + label + " " + UUID.randomUUID() + ".";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long storedContents(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> ImportDocument.count(
                "fileId in (select f.id from ImportFile f where f.jobId = ?1)", jobId));
    }

    private static String leaseOwner(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId).leaseOwner);
    }
}
