package io.claimtracker.common.web;

import io.claimtracker.common.failure.DomainException;

/** Places a service's refusal next to the form field it names, or at the top of the form. */
public final class FormProblems {

    public static final String FORM = "form";

    private FormProblems() {
    }

    public static FormErrors of(DomainException refusal) {
        FormErrors errors = FormErrors.none();
        if (!refusal.fieldErrors().isEmpty()) {
            refusal.fieldErrors().forEach(error -> errors.add(error.field(), error.message()));
            return errors;
        }
        return errors.add(refusal.field().orElse(FORM), refusal.detail());
    }

    /** Errors of a problem raised by an adapter (a form token, a size limit checked at the edge). */
    public static FormErrors of(ProblemException problem) {
        FormErrors errors = FormErrors.none();
        Problem body = problem.problem();
        if (body.errors() != null && !body.errors().isEmpty()) {
            body.errors().forEach(error -> errors.add(error.field(), error.message()));
            return errors;
        }
        return errors.add(FORM, body.detail());
    }
}
