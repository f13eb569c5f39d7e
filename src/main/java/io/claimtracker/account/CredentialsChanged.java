package io.claimtracker.account;

/** An account or a token changed in a way that may end someone's access; caches of verified credentials empty. */
public record CredentialsChanged() {
}
