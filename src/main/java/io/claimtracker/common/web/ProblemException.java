package io.claimtracker.common.web;

/** Thrown by resources, pages and filters (never by services) to end a request with a specific problem response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 422 naming one field and what is wrong with it, in the same shape as validation errors. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(422, "Invalid request", "Fix these fields and send again: " + field
                + " " + message).withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
