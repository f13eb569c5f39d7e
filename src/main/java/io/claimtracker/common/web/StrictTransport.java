package io.claimtracker.common.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells browsers that reach the service over HTTPS, directly or through a proxy that says so in its forwarded
 * headers (docs/operations.md), to use nothing else for a year; over plain HTTP the header means nothing and is
 * left out.
 */
@ApplicationScoped
public class StrictTransport {

    static final String HEADER = "Strict-Transport-Security";
    static final String ONE_YEAR = "max-age=31536000";

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            if ("https".equalsIgnoreCase(context.request().scheme())) {
                context.response().putHeader(HEADER, ONE_YEAR);
            }
            context.next();
        });
    }
}
