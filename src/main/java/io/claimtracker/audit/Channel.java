package io.claimtracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The interface a change came through: the JSON API, the web pages, or the service itself (background work). */
final class Channel {

    static final String API = "api";
    static final String WEB = "web";
    static final String SYSTEM = "system";

    private Channel() {
    }

    static String current() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        String override = Arc.container().instance(io.claimtracker.common.CurrentUser.class).get().channelOverride();
        if (override != null) {
            return override;
        }
        CurrentVertxRequest request = Arc.container().instance(CurrentVertxRequest.class).get();
        if (request == null || request.getCurrent() == null) {
            return SYSTEM;
        }
        String path = request.getCurrent().normalizedPath();
        return path != null && path.startsWith("/api/") ? API : WEB;
    }
}
