package io.claimtracker.account;

/** Too many password checks are running at once; the caller should try again shortly. */
public class SignInBusyException extends RuntimeException {

    public SignInBusyException() {
        super("Too many sign-ins are being checked at once.", null, false, false);
    }
}
