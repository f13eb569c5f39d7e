package io.claimtracker.exchange;

import io.claimtracker.common.PageRequest;
import io.claimtracker.article.ArticleService;
import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.claim.ConflictHook;
import io.claimtracker.common.PageView;
import io.claimtracker.conflict.ConflictDtos.ConflictView;
import io.claimtracker.conflict.ConflictQueries;
import io.claimtracker.conflict.ConflictStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Gathers what an export holds: every claim of a topic or article, their authors and flags, a topic's conflicts. */
@ApplicationScoped
public class ExportService {

    private static final int BATCH = 100;
    private static final int STREAM_BATCH = 500;

    @Inject
    ClaimService claims;

    @Inject
    ArticleService articles;

    @Inject
    ConflictQueries conflicts;

    @Inject
    ConflictHook flags;

    public List<ClaimView> claims(ClaimService.Filter filter) {
        return all(paging -> claims.list(filter, paging));
    }

    public List<ConflictView> conflicts(ConflictQueries.Filter filter) {
        return all(paging -> conflicts.list(filter, paging));
    }

    /** Hands every flag matching the filter to {@code each}, in id order, reading a bounded batch at a time. */
    public void eachConflict(ConflictQueries.Filter filter, Consumer<ConflictView> each) {
        long after = 0;
        while (true) {
            List<ConflictView> batch = conflicts.listAfter(filter, after, STREAM_BATCH);
            batch.forEach(each);
            if (batch.size() < STREAM_BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    public List<ConflictView> confirmedConflicts(long topicId) {
        return conflicts(new ConflictQueries.Filter(ConflictStatus.CONFIRMED, null, topicId, null, null));
    }

    public List<ConflictHook.RaisedFlag> flagsOf(long claimId) {
        return flags.flagsOf(claimId);
    }

    /** Authors of each article the claims appear in. */
    public Map<Long, List<String>> authors(List<ClaimView> of) {
        Map<Long, List<String>> authors = new HashMap<>();
        for (ClaimView claim : of) {
            authors.computeIfAbsent(claim.article().id(), articles::authors);
        }
        return authors;
    }

    private static <T> List<T> all(Function<PageRequest, PageView<T>> page) {
        List<T> items = new ArrayList<>();
        for (int number = 0; ; number++) {
            PageView<T> batch = page.apply(PageRequest.of(number, BATCH));
            items.addAll(batch.items());
            if (items.size() >= batch.total() || batch.items().isEmpty()) {
                return items;
            }
        }
    }
}
