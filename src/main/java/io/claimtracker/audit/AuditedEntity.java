package io.claimtracker.audit;

import java.util.Locale;
import java.util.Optional;

/** The kinds of record whose changes the audit trail keeps. */
public enum AuditedEntity {
    ARTICLE, CLAIM, SPEAKER, TOPIC, CONFLICT, POSSIBLE_CONFLICT, USER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditedEntity> parse(String value) {
        return io.claimtracker.common.Enums.parse(AuditedEntity.class, value);
    }
}
