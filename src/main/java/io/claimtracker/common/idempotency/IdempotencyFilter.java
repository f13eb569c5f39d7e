package io.claimtracker.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Makes API POSTs safe to retry: a request carrying an {@code Idempotency-Key} runs once per account and key; a
 * repeat of the same request (address and body) gets the first successful answer again (marked
 * {@code Idempotency-Replayed: true}), the key sent with another body or address gets 422, a repeat while the
 * first still runs gets 409, and a failed first attempt leaves the key free for the retry.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final String CLAIMED = "claimtracker.idempotency-key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    @Inject
    IdempotencyStore store;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Response runOnce(ContainerRequestContext request) throws SQLException {
        String key = request.getHeaderString(HEADER);
        String path = request.getUriInfo().getPath();
        if (key == null || !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || user.accountId() == null) {
            return null;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            return Problems.response(Problem.of(400, "Unusable Idempotency-Key", "An " + HEADER + " must be 1 to 200 "
                    + "visible ASCII characters, such as a UUID. Send a new key and try again."));
        }
        String what = "POST " + path + " with body " + bodyDigest(request);
        IdempotencyStore.Entry entry = store.claim(user.accountId(), key, what);
        if (entry instanceof IdempotencyStore.Claimed) {
            request.setProperty(CLAIMED, key);
            return null;
        }
        if (entry instanceof IdempotencyStore.Running running) {
            return running.request().equals(what) ? Response.fromResponse(Problems.response(Problem.of(409,
                    "Request still running", "A request with this " + HEADER + " is still being processed. Wait a "
                            + "moment and send it again to receive its answer."))).header("Retry-After", 2).build()
                    : reused(running.request());
        }
        IdempotencyStore.Answered answered = (IdempotencyStore.Answered) entry;
        if (!answered.request().equals(what)) {
            return reused(answered.request());
        }
        Response.ResponseBuilder replay = Response.status(answered.status()).header(REPLAYED, "true");
        if (answered.location() != null) {
            replay.header("Location", answered.location());
        }
        if (answered.body() != null) {
            replay.entity(answered.body()).type(MediaType.APPLICATION_JSON);
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(CLAIMED);
        if (key == null || user.accountId() == null) {
            return;
        }
        request.removeProperty(CLAIMED);
        try {
            if (response.getStatus() >= 200 && response.getStatus() < 300) {
                Object location = response.getHeaders().getFirst("Location");
                store.answer(user.accountId(), key.toString(), response.getStatus(),
                        location == null ? null : location.toString(), body(response.getEntity()));
            } else {
                store.release(user.accountId(), key.toString());
            }
        } catch (SQLException | JsonProcessingException e) {
            LOG.warnf("Could not record the answer to Idempotency-Key %s: %s", key, e.getMessage());
        }
    }

    private String body(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        return entity instanceof String text ? text : json.writeValueAsString(entity);
    }

    private static Response reused(String firstRequest) {
        return Problems.response(Problem.of(422, "Idempotency-Key reused", "This " + HEADER + " was first sent with "
                + firstRequest.replaceFirst(" with body [0-9a-f]+$", "") + " and another body, or to another address. "
                + "Use a new key for each different request."));
    }

    /**
     * The SHA-256 of the request's body, read once and put back for the resource: a key sent again with another
     * body is another request.
     */
    private static String bodyDigest(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new java.io.ByteArrayInputStream(body));
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
