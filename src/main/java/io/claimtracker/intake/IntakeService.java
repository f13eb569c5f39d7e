package io.claimtracker.intake;

import io.claimtracker.common.jobs.BackgroundJobs;
import io.claimtracker.common.jobs.JobLeasing;
import io.claimtracker.common.jobs.JobStatus;
import io.claimtracker.common.failure.TooLargeException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.UnprocessableException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.article.Article;
import io.claimtracker.article.ArticleDtos.NewArticle;
import io.claimtracker.article.ArticleDtos.OutletRef;
import io.claimtracker.article.ArticleService;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.text.Hashes;
import io.claimtracker.common.text.Texts;
import io.claimtracker.intake.ImportDtos.Document;
import io.claimtracker.intake.ImportDtos.ExtractRequest;
import io.claimtracker.intake.ImportDtos.FileView;
import io.claimtracker.intake.ImportDtos.JobView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quarkus.scheduler.Scheduled;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import io.claimtracker.dating.ArticleDating;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extracts articles from text, HTML and addresses for an editor to confirm, and imports many at once in the
 * background. A bulk import keeps its files in the database until each is read; the instance running it holds a
 * lease, and when the lease runs out unrenewed another instance takes the import over at its first unread file.
 */
@ApplicationScoped
public class IntakeService {

    static final String CHANNEL = "import";
    /** The outlet an imported article gets when neither its file nor the import names one. */
    static final String UNKNOWN_OUTLET = "Outlet not given";
    /** A running import without a lease that has recorded no progress for this long died with its instance. */
    /** Why a file taken over without stored content (its import began on an earlier version) was not imported. */
    static final String CONTENT_GONE = "The file's content was not kept: its import began on an instance of an "
            + "earlier version that stopped. Import this file again.";
    private static final Duration STALE_AFTER = Duration.ofMinutes(10);
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IntakeService.class);

    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @Inject
    ArticleDating dating;

    @Inject
    PageFetcher fetcher;

    @Inject
    ArticleService articles;

    @Inject
    CurrentUser currentUser;

    @Inject
    BackgroundJobs jobs;

    @Inject
    JobLeasing leases;

    @Inject
    TrackerConfig config;

    @Inject
    Validator validator;

    /** One article from pasted text, an HTML page or an address, not saved. */
    public Extracted extract(ExtractRequest request) {
        int given = (blank(request.text()) ? 0 : 1) + (blank(request.html()) ? 0 : 1) + (blank(request.url()) ? 0 : 1);
        if (given == 0 || (given > 1 && !(blank(request.text()) && !blank(request.html())))) {
            throw new UnprocessableException("Invalid request", "Send exactly one of text, html (with url "
                    + "if you know it) or url.");
        }
        if (!blank(request.text())) {
            List<String> pieces = TextArticleParser.split(request.text());
            if (pieces.size() > 1) {
                throw new UnprocessableException("Several articles", "The text holds " + pieces.size()
                        + " articles separated by '===' lines; import them in bulk instead.");
            }
            return TextArticleParser.parse(request.text());
        }
        if (!blank(request.html())) {
            return HtmlArticleExtractor.extract(request.html(), request.url());
        }
        PageClient.Page page = fetcher.fetch(request.url());
        Extracted extracted = page.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")
                ? TextArticleParser.parse(page.content()).withUrl(page.address())
                : HtmlArticleExtractor.extract(page.content(), page.address());
        return extracted.url() == null ? extracted.withUrl(page.address()) : extracted;
    }

    /** An article read from a file: HTML when it looks like HTML, otherwise the text layout. */
    public static Extracted fromFile(Document document) {
        String name = document.name() == null ? "" : document.name().toLowerCase(Locale.ROOT);
        String head = document.content().stripLeading();
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || head.regionMatches(true, 0, "<!doctype html", 0, 14)
                || head.regionMatches(true, 0, "<html", 0, 5);
        return html ? HtmlArticleExtractor.extract(document.content(), null) : TextArticleParser.parse(document.content());
    }

    public JobView start(List<Document> documents, String outlet) {
        if (documents.isEmpty()) {
            throw new UnprocessableException("Nothing to import", "Send at least one file or text.");
        }
        if (documents.size() > config.intake().maxFiles()) {
            throw new TooLargeException("Too many files", "An import takes at most "
                    + config.intake().maxFiles() + " files; this had " + documents.size() + ". Split it.");
        }
        String requestedBy = currentUser.name();
        String cleanOutlet = Texts.clean(outlet);
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.begin(requestedBy, documents.size());
            job.outlet = cleanOutlet;
            leases.hold(job);
            job.persist();
            for (int i = 0; i < documents.size(); i++) {
                ImportFile file = new ImportFile();
                file.jobId = job.id;
                file.position = i + 1;
                file.name = truncate(documents.get(i).name() == null ? "text " + (i + 1) : documents.get(i).name(), 500);
                file.outcome = ImportFile.PENDING;
                file.persist();
                ImportDocument stored = new ImportDocument();
                stored.fileId = file.id;
                stored.content = documents.get(i).content();
                stored.persist();
            }
            return job.id;
        });
        launch(jobId, requestedBy);
        return job(jobId);
    }

    /**
     * Takes over the running imports whose lease ran out unrenewed (their instance died or stalled) and goes on with
     * each from its first file without an outcome.
     */
    @Scheduled(every = "${tracker.jobs.take-over-every:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void takeOverAbandoned() {
        for (ImportJob job : leases.takeOverExpired(ImportJob.class, STALE_AFTER)) {
            if (!runningHere.contains(job.id)) {
                LOG.infof("Took over import #%d, whose instance stopped renewing its lease (%d of %d files done)",
                        job.id, job.done, job.total);
                launch(job.id, job.requestedBy);
            }
        }
    }

    private void launch(long jobId, String requestedBy) {
        runningHere.add(jobId);
        jobs.start("Import " + jobId, requestedBy, CHANNEL, () -> run(jobId), (status, failure) -> {
            runningHere.remove(jobId);
            finish(jobId, status);
        });
    }

    public JobView job(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException("import", id));
            List<FileView> files = ImportFile.<ImportFile>find("jobId = ?1 order by position", id).list().stream()
                    .map(FileView::of).toList();
            return new JobView(job.id, job.status.name(), job.total, job.done, count(files, ImportFile.IMPORTED),
                    count(files, ImportFile.DUPLICATE), count(files, ImportFile.FAILED), job.requestedBy,
                    job.startedAt, job.finishedAt, files);
        });
    }

    private void run(long jobId) {
        while (true) {
            Optional<Pending> next = QuarkusTransaction.requiringNew().call(() -> nextPending(jobId));
            if (next.isEmpty()) {
                return;
            }
            Pending pending = next.get();
            Outcome outcome = pending.document() == null ? new Outcome(ImportFile.FAILED, null, CONTENT_GONE)
                    : importOne(pending.document(), pending.outlet());
            metrics.counter("claimtracker.imports", "outcome", outcome.outcome()).increment();
            boolean held = QuarkusTransaction.requiringNew().call(() -> record(jobId, pending.fileId(), outcome));
            if (!held) {
                throw new IllegalStateException("Import #" + jobId + " was taken over by another instance");
            }
        }
    }

    /** The first file of the job without an outcome, with its content and the outlet to fall back on. */
    private static Optional<Pending> nextPending(long jobId) {
        return ImportFile.<ImportFile>find("jobId = ?1 and outcome = ?2 order by position", jobId, ImportFile.PENDING)
                .firstResultOptional().map(file -> {
                    ImportDocument stored = ImportDocument.findById(file.id);
                    return new Pending(file.id, stored == null ? null : new Document(file.name, stored.content),
                            ImportJob.<ImportJob>findById(jobId).outlet);
                });
    }

    /** Stores a file's outcome, drops its content and renews the lease; false, writing nothing, if the job was taken over. */
    private boolean record(long jobId, long fileId, Outcome outcome) {
        ImportJob job = ImportJob.findById(jobId);
        if (!leases.renew(job)) {
            return false;
        }
        ImportFile file = ImportFile.findById(fileId);
        file.outcome = outcome.outcome();
        file.articleId = outcome.articleId();
        file.message = truncate(outcome.message(), 2000);
        ImportDocument.deleteById(fileId);
        job.progress(file.position);
        return true;
    }

    private void finish(long jobId, JobStatus status) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            if (leases.renew(job)) {
                job.end(status);
            }
        });
    }

    /** A file still to be read; its document is null when its content was never stored. */
    private record Pending(long fileId, Document document, String outlet) {
    }

    /** What became of one document. */
    record Outcome(String outcome, Long articleId, String message) {
    }

    Outcome importOne(Document document, String outlet) {
        Extracted extracted;
        try {
            extracted = fromFile(document);
        } catch (RuntimeException e) {
            return new Outcome(ImportFile.FAILED, null, "The file could not be read as an article.");
        }
        if (extracted.body().isBlank()) {
            return new Outcome(ImportFile.FAILED, null, "No article text was found.");
        }
        if (extracted.title().isBlank()) {
            return new Outcome(ImportFile.FAILED, null, "No headline was found.");
        }
        List<String> warnings = new ArrayList<>(extracted.warnings());
        String name = Optional.ofNullable(extracted.outlet())
                .or(() -> CreditLines.outletOf(document.content()))
                .orElse(outlet);
        if (name == null) {
            name = UNKNOWN_OUTLET;
            warnings.add("No outlet was found in the file or given for the import; it was stored as \""
                    + UNKNOWN_OUTLET + "\". Correct the outlet on the article's page.");
        }
        Optional<Outcome> duplicate = duplicateOf(extracted);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        NewArticle article = new NewArticle(extracted.url(), truncate(extracted.title(), 500), OutletRef.named(name),
                extracted.authors(), extracted.publishedAt(), null, extracted.body());
        Set<ConstraintViolation<NewArticle>> violations = validator.validate(article);
        if (!violations.isEmpty()) {
            return new Outcome(ImportFile.FAILED, null, violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        try {
            long id = articles.create(article).id();
            dating.messages(id).stream().filter(message -> !warnings.contains(message)).forEach(warnings::add);
            return new Outcome(ImportFile.IMPORTED, id, warnings.isEmpty() ? null : String.join(" ", warnings));
        } catch (StateConflictException e) {
            return new Outcome(ImportFile.DUPLICATE, null, e.detail());
        } catch (DomainException e) {
            return new Outcome(ImportFile.FAILED, null, e.detail());
        }
    }

    /** The stored article this one repeats, by the same address or else by the same text, as a duplicate outcome. */
    private Optional<Outcome> duplicateOf(Extracted extracted) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (extracted.url() != null) {
                Optional<Article> byUrl = Article.findByUrlHash(Hashes.sha256(Texts.clean(extracted.url())));
                if (byUrl.isPresent()) {
                    return Optional.of(duplicate(byUrl.get().id, "same address"));
                }
            }
            return Article.<Article>find("contentHash", Hashes.sha256(Texts.body(extracted.body()))).firstResultOptional()
                    .map(found -> duplicate(found.id, "same text"));
        });
    }

    private static Outcome duplicate(long articleId, String why) {
        return new Outcome(ImportFile.DUPLICATE, articleId, "Already stored as article #" + articleId + " (" + why + ").");
    }

    private static int count(List<FileView> files, String outcome) {
        return (int) files.stream().filter(file -> file.outcome().equals(outcome)).count();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
