package io.claimtracker.account;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an account may do; each role includes the ones below it (admin ⊇ reviewer ⊇ editor). */
public enum Role {
    EDITOR, REVIEWER, ADMIN;

    public static final String EDITOR_NAME = "editor";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes. */
    public Set<Role> withIncluded() {
        return EnumSet.range(EDITOR, this);
    }

    public static Optional<Role> parse(String value) {
        return io.claimtracker.common.Enums.parse(Role.class, value);
    }

    /** The roles an account holds, with the ones they include, as names for a security identity. */
    public static Set<String> granted(Role role) {
        return role.withIncluded().stream().map(Role::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
