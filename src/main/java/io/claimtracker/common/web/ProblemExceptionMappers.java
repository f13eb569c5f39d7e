package io.claimtracker.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import io.claimtracker.common.DatabaseOutage;
import io.claimtracker.common.failure.DomainException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into a problem response; nothing internal (stack traces, class names) leaks. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return withRetryAfter(e.problem(), headers, uri);
    }

    @ServerExceptionMapper
    public Response refused(DomainException e, HttpHeaders headers, UriInfo uri) {
        return withRetryAfter(DomainProblems.of(e), headers, uri);
    }

    /** The problem's answer, with a Retry-After header when the problem says how long to wait. */
    private static Response withRetryAfter(Problem problem, HttpHeaders headers, UriInfo uri) {
        Response response = ErrorPages.respond(problem, headers, uri);
        return problem.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(response).header("Retry-After", seconds).build())
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String summary = errors.stream().map(err -> err.field() + " " + err.message())
                .collect(Collectors.joining("; "));
        return ErrorPages.respond(Problem.of(422, "Invalid request", "Fix these fields and send again: " + summary)
                .withErrors(errors), headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(unreadable(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(unreadable(e), headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleObjectStateException e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(Problem.of(409, "Edited by someone else",
                "This record changed while you were editing it. Reload it and apply your change again."), headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(Problem.of(403, "Not allowed", "Your account's role does not allow this. Editors "
                + "add articles and claims, reviewers also rule on conflicts, admins also manage accounts and "
                + "rescans. Ask an administrator if you need more."), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(Problem.of(401, "Sign-in required", "Sign in at /login, or send an API token as "
                + "'Authorization: Bearer <token>'."), headers, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return ErrorPages.respond(unreadable(json), headers, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Request rejected" : Response.Status.fromStatusCode(status).getReasonPhrase();
        Problem problem = ErrorPages.wantsPage(headers, uri)
                ? Problem.of(status, title, ErrorPages.detailFor(status))
                : Problem.of(status, title, detailFor(status));
        Response response = ErrorPages.respond(problem, headers, uri);
        if (status == 405 && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", original.getHeaderString("Allow")).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response tooLarge(StreamedBodyLimit.BodyTooLarge e, HttpHeaders headers, UriInfo uri) {
        return ErrorPages.respond(Problem.of(413, "Request too large", "The request body passed the limit of "
                + e.limit() + " bytes. Send a shorter article or split it."), headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable: %s", e.getMessage());
            return Response.fromResponse(ErrorPages.respond(Problem.of(503, "Database unavailable",
                    "The database cannot be reached right now, so nothing was read or saved. Try again in a few "
                            + "seconds; the service reconnects by itself."), headers, uri))
                    .header("Retry-After", "5").build();
        }
        if (changedMeanwhile(e)) {
            return ErrorPages.respond(Problem.of(409, "Changed meanwhile", "Someone else saved a change to this record "
                    + "while yours was being saved, so yours was not. Reload it, check their change and send yours "
                    + "again."), headers, uri);
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, reference %s", reference);
        return ErrorPages.respond(Problem.of(500, "Internal error",
                "Something went wrong on our side and nothing was saved. Try again; if it keeps failing, "
                        + "report reference " + reference + ".").with("reference", reference), headers, uri);
    }

    /** Whether a concurrent commit changed the row this one updated after it was read (optimistic locking). */
    private static boolean changedMeanwhile(Throwable failure) {
        return io.claimtracker.common.Causes.any(failure, cause -> cause instanceof jakarta.persistence.OptimisticLockException
                || cause instanceof org.hibernate.StaleStateException);
    }

    private static Problem unreadable(JsonProcessingException e) {
        return Problem.of(400, "Unreadable JSON", describe(e));
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this address. Check the path against the API guide at /q/swagger-ui.";
            case 405 -> "This address does not accept that method. See the API guide at /q/swagger-ui.";
            case 406 -> "This address cannot answer in the requested format; ask for application/json.";
            case 413 -> "The request is too large. Split it or shorten the text and send again.";
            case 415 -> "Send the request body as JSON with Content-Type: application/json.";
            default -> "The request was rejected. Check it against the API guide at /q/swagger-ui.";
        };
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown) + "'. Remove it or check its spelling; known fields are "
                    + unknown.getKnownPropertyIds() + ".";
        }
        if (e instanceof InvalidFormatException format) {
            return "Field '" + path(format) + "' has a value of the wrong form: "
                    + quoteValue(format.getValue()) + expected(format.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "Field '" + path(mismatch) + "' has the wrong type" + expected(mismatch.getTargetType()) + ".";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + path(mapping) + "' could not be read" + causeText(mapping) + ".";
        }
        var location = e.getLocation();
        return "The body is not valid JSON" + (location == null ? "" : " (line " + location.getLineNr()
                + ", column " + location.getColumnNr() + ")") + ". Check quotes, commas and brackets.";
    }

    private static String causeText(JsonMappingException e) {
        Throwable cause = e.getCause();
        return cause instanceof IllegalArgumentException && cause.getMessage() != null ? ": " + cause.getMessage() : "";
    }

    private static String quoteValue(Object value) {
        return value == null ? "null" : "'" + value + "'";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (target.isEnum()) {
            return "; expected one of " + java.util.Arrays.toString(target.getEnumConstants());
        }
        return switch (target.getSimpleName()) {
            case "LocalDate" -> "; expected a date like 2016-09-17";
            case "Integer", "int", "Long", "long" -> "; expected a whole number";
            case "String" -> "; expected text";
            case "List", "ArrayList", "Set", "Collection" -> "; expected a list";
            default -> "; expected " + (target.isRecord() ? "an object" : "a " + target.getSimpleName().toLowerCase());
        };
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int firstDot = path.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : path.indexOf('.', firstDot + 1);
        String field = secondDot < 0 ? "" : path.substring(secondDot + 1);
        return field.isEmpty() ? "request body" : field;
    }
}
