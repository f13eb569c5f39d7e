package io.claimtracker.common.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Answers a failure as a problem body to API clients and as an HTML page to a browser on the editor's pages. */
public final class ErrorPages {

    private ErrorPages() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    public static Response respond(Problem problem, HttpHeaders headers, UriInfo uri) {
        if (!wantsPage(headers, uri)) {
            return Problems.response(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(problem).render()).build();
    }

    /** A browser asking for one of the editor's pages, not for the API or the platform endpoints. */
    public static boolean wantsPage(HttpHeaders headers, UriInfo uri) {
        if (headers == null || uri == null) {
            return false;
        }
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no page at this address. It may have been deleted, or the link is mistyped.";
            case 405 -> "This page cannot be used that way. Go back and use the page's own buttons.";
            case 413 -> "What you sent is too large. Shorten the text and send again.";
            case 415 -> "The form was sent in a form this page does not accept. Reload the page and try again.";
            default -> "The request was rejected. Go back, reload the page and try again.";
        };
    }
}
