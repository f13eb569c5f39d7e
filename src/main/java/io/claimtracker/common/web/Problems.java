package io.claimtracker.common.web;

import jakarta.ws.rs.core.Response;

/** Builds JAX-RS responses carrying a problem body. */
public final class Problems {

    private Problems() {
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
