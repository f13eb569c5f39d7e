package io.claimtracker.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * Single sign-on through the newsroom's OpenID Connect provider: which ID-token claims name a person and list their
 * groups, and which groups give which role. The provider itself is configured under {@code quarkus.oidc}.
 */
@ConfigMapping(prefix = "tracker.sso")
public interface SsoConfig {

    /** The ID-token claim whose value becomes the account's name; {@code preferred_username} by default. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** The ID-token claim listing the person's groups (or roles); {@code groups} by default. */
    @WithDefault("groups")
    String groupsClaim();

    /** Groups whose members sign in as editors. */
    Optional<List<String>> editorGroups();

    /** Groups whose members sign in as reviewers. */
    Optional<List<String>> reviewerGroups();

    /** Groups whose members sign in as admins. */
    Optional<List<String>> adminGroups();

    /** The provider's name on the sign-in button; "your newsroom's account" by default. */
    @WithDefault("your newsroom's account")
    String label();
}
