package io.claimtracker.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A request to authenticate by a personal API token sent as {@code Authorization: Bearer}; a type of its own, so
 * that only Claim Tracker's token look-up reads it and the OpenID Connect provider's tokens never meet it.
 */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String secret;

    public ApiTokenAuthenticationRequest(String secret) {
        this.secret = secret;
    }

    public String secret() {
        return secret;
    }
}
