package io.claimtracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** What the account API accepts and answers; password hashes and token hashes never leave the service. */
public final class AccountDtos {

    private AccountDtos() {
    }

    /** An account as other people see it. */
    public record AccountView(long id, String username, String role, boolean enabled, Instant createdAt,
                              Instant updatedAt, long version) {

        static AccountView of(Account account) {
            return new AccountView(account.id, account.username, account.role.key(), account.enabled,
                    account.createdAt, account.updatedAt, account.version);
        }
    }

    /** A new account; without a password one is generated and returned once. */
    public record NewAccount(
            @NotBlank(message = "is required")
            @Size(max = 60, message = "must be at most 60 characters")
            @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may contain only letters, digits, '.', '_' and '-'")
            String username,
            @NotBlank(message = "is required: editor, reviewer or admin") String role,
            @Size(max = 200, message = "must be at most 200 characters") String password) {
    }

    /** The answer to creating an account: the account, and the password when the service generated it. */
    public record CreatedAccount(AccountView account, String generatedPassword) {
    }

    /** A change of role or of whether the account may log in, against the version last read. */
    public record AccountChange(@NotBlank(message = "is required: editor, reviewer or admin") String role,
                                @NotNull(message = "is required") Boolean enabled,
                                @NotNull(message = "is required: send the version you last read") Long version) {
    }

    /** A password change: the current password and the new one. */
    public record PasswordChange(@NotBlank(message = "is required") String currentPassword,
                                 @NotBlank(message = "is required")
                                 @Size(max = 200, message = "must be at most 200 characters") String newPassword) {
    }

    /** A request for a new API token. */
    public record NewToken(@NotBlank(message = "is required: say what the token is for")
                           @Size(max = 100, message = "must be at most 100 characters") String name) {
    }

    /** A token as listed: never the secret itself. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                            Instant revokedAt) {

        static TokenView of(ApiToken token) {
            return new TokenView(token.id, token.name, token.tokenPrefix, token.createdAt, token.lastUsedAt,
                    token.revokedAt);
        }
    }

    /** A token just created: the only time its secret is shown. */
    public record CreatedToken(TokenView token, String secret) {
    }
}
