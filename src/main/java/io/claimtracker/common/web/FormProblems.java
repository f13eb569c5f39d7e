package io.claimtracker.common.web;

import java.util.Map;

/** Places a problem from a service next to the form field it is about, or at the top of the form. */
public final class FormProblems {

    public static final String FORM = "form";

    private FormProblems() {
    }

    public static FormErrors of(ProblemException problem, Map<String, String> fieldByTitle) {
        FormErrors errors = FormErrors.none();
        Problem body = problem.problem();
        if (body.errors() != null && !body.errors().isEmpty()) {
            body.errors().forEach(error -> errors.add(error.field(), error.message()));
            return errors;
        }
        return errors.add(fieldByTitle.getOrDefault(body.title(), FORM), body.detail());
    }
}
