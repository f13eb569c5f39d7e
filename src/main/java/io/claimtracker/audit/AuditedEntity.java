package io.claimtracker.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record whose changes the audit trail keeps. */
public enum AuditedEntity {
    ARTICLE, CLAIM, SPEAKER, TOPIC, CONFLICT, USER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditedEntity> parse(String value) {
        return Arrays.stream(values()).filter(kind -> kind.key().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst();
    }
}
