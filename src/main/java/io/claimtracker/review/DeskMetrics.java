package io.claimtracker.review;

import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.detect.ConflictKind;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The desk's rulings of the last 30 days on {@code /q/metrics}: flags confirmed or resolved and flags dismissed, per
 * kind ({@code claimtracker.flags.ruled}, tagged kind and outcome). Read every five minutes, so a scrape never
 * queries the database.
 */
@ApplicationScoped
public class DeskMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    DeskTrust trust;

    private final Map<ConflictKind, AtomicLong> confirmed = new EnumMap<>(ConflictKind.class);
    private final Map<ConflictKind, AtomicLong> dismissed = new EnumMap<>(ConflictKind.class);

    void register(@Observes StartupEvent started) {
        for (ConflictKind kind : ConflictKind.values()) {
            if (kind.recordedOnly()) {
                continue;
            }
            gauge(kind, "confirmed", confirmed);
            gauge(kind, "dismissed", dismissed);
        }
    }

    private void gauge(ConflictKind kind, String outcome, Map<ConflictKind, AtomicLong> counts) {
        Gauge.builder("claimtracker.flags.ruled", counts.computeIfAbsent(kind, k -> new AtomicLong()), AtomicLong::get)
                .tag("kind", kind.name()).tag("outcome", outcome)
                .description("Flags ruled on in the last 30 days, by their latest ruling").register(registry);
    }

    /** Reads the rulings again; runs every five minutes. */
    @Scheduled(every = "5m", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        DeskTrust.Report report = trust.since(Timestamps.now().minus(DeskTrust.WINDOW));
        confirmed.values().forEach(count -> count.set(0));
        dismissed.values().forEach(count -> count.set(0));
        for (DeskTrust.KindRulings kind : report.kinds()) {
            if (confirmed.containsKey(kind.kind())) {
                confirmed.get(kind.kind()).set(kind.confirmed());
                dismissed.get(kind.kind()).set(kind.dismissed());
            }
        }
    }
}
