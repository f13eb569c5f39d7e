package io.claimtracker.common;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to ask for the next. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** A page with nothing on it. */
    public static <T> PageView<T> empty(PageRequest request) {
        return new PageView<>(List.of(), request.page(), request.size(), 0);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
