package io.claimtracker.common.web;

import io.claimtracker.common.TrackerConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses request bodies over the configured size with a problem response, before they are read. */
public class RequestSizeLimit {

    @Inject
    Provider<TrackerConfig> config;

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        long limit = config.get().limits().requestBytes();
        if (request.getLength() <= limit) {
            return null;
        }
        return Problems.response(Problem.of(413, "Request too large", "The request body has "
                + request.getLength() + " bytes; the limit is " + limit
                + ". Send a shorter article or split it."));
    }
}
