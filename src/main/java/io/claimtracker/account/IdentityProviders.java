package io.claimtracker.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks passwords, API tokens and session cookies against the database, off the I/O thread. */
public final class IdentityProviders {

    private IdentityProviders() {
    }

    /** Username and password, from HTTP Basic and the login form. */
    @ApplicationScoped
    public static class Passwords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Inject
        AccountService accounts;

        @Inject
        VerifiedCredentials verified;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            String password = new String(request.getPassword().getPassword());
            return context.runBlocking(() -> accounts.verify(request.getUsername(), password)
                    .map(account -> {
                        verified.remember(request.getUsername(), password, account);
                        return Identities.of(account.id, account.username, account.role, "basic");
                    })
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }

    /** Personal API tokens sent as {@code Authorization: Bearer}. */
    @ApplicationScoped
    public static class Tokens implements IdentityProvider<ApiTokenAuthenticationRequest> {

        @Inject
        TokenService tokens;

        @Override
        public Class<ApiTokenAuthenticationRequest> getRequestType() {
            return ApiTokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.authenticate(request.secret())
                    .map(owner -> Identities.of(owner.accountId(), owner.username(), owner.role(), "token"))
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }

    /** Browser session cookies. */
    @ApplicationScoped
    public static class Sessions implements IdentityProvider<SessionAuthenticationRequest> {

        @Inject
        SessionService sessions;

        @Override
        public Class<SessionAuthenticationRequest> getRequestType() {
            return SessionAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return context.runBlocking(() -> sessions.find(request.cookieValue()).map(Identities::ofSession)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
