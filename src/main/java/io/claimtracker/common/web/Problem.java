package io.claimtracker.common.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem body: what went wrong and what the caller can do about it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String RETRY_AFTER = "retryAfterSeconds";

    /** One rejected field: its JSON path and why. */
    public record FieldError(String field, String message) {
    }

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extensions));
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, fieldErrors, extensions);
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, errors, more);
    }

    /** The same problem telling the caller to wait this many seconds (sent as a Retry-After header). */
    public Problem retryAfter(long seconds) {
        return with(RETRY_AFTER, seconds);
    }

    /** Seconds to wait before trying again, when the problem says so. */
    public java.util.Optional<Long> retryAfterSeconds() {
        return extensions.get(RETRY_AFTER) instanceof Number seconds ? java.util.Optional.of(seconds.longValue())
                : java.util.Optional.empty();
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
