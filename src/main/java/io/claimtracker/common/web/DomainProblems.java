package io.claimtracker.common.web;

import io.claimtracker.common.failure.DomainException;
import io.claimtracker.common.failure.InvalidInputException;
import io.claimtracker.common.failure.NotPermittedException;
import io.claimtracker.common.failure.RecordNotFoundException;
import io.claimtracker.common.failure.StaleEditException;
import io.claimtracker.common.failure.StateConflictException;
import io.claimtracker.common.failure.TooLargeException;
import io.claimtracker.common.failure.TooManyAttemptsException;
import io.claimtracker.common.failure.UnsupportedContentException;

/** The one place where a domain refusal becomes an HTTP status and a problem body. */
public final class DomainProblems {

    private DomainProblems() {
    }

    public static int status(DomainException e) {
        if (e instanceof RecordNotFoundException) {
            return 404;
        }
        if (e instanceof StateConflictException || e instanceof StaleEditException) {
            return 409;
        }
        if (e instanceof NotPermittedException) {
            return 403;
        }
        if (e instanceof TooLargeException) {
            return 413;
        }
        if (e instanceof UnsupportedContentException) {
            return 415;
        }
        if (e instanceof TooManyAttemptsException) {
            return 429;
        }
        return 422;
    }

    public static Problem of(DomainException e) {
        Problem problem = Problem.of(status(e), e.title(), e.detail());
        if (e instanceof InvalidInputException || !e.fieldErrors().isEmpty()) {
            problem = problem.withErrors(e.fieldErrors().stream()
                    .map(error -> new Problem.FieldError(error.field(), error.message())).toList());
        }
        for (var fact : e.facts().entrySet()) {
            problem = problem.with(fact.getKey(), fact.getValue());
        }
        if (e.retryAfter().isPresent()) {
            problem = problem.retryAfter(Math.max(1, e.retryAfter().get().toSeconds()));
        }
        return problem;
    }
}
