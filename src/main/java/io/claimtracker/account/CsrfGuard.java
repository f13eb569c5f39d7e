package io.claimtracker.account;

import io.claimtracker.common.CurrentUser;
import io.claimtracker.common.web.Problem;
import io.claimtracker.common.web.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Checks that a form posted with a browser session carries that session's token; templates read it as inject:csrf. */
@RequestScoped
@Named("csrf")
public class CsrfGuard {

    public static final String FIELD = "_csrf";

    @Inject
    CurrentUser user;

    public String token() {
        return user.csrfToken();
    }

    public void check(String sent) {
        if (CurrentUser.VIA_SESSION.equals(user.via()) && !Secrets.same(sent, user.csrfToken())) {
            throw new ProblemException(Problem.of(403, "Form not accepted", "This form did not carry your session's "
                    + "security token: it is older than your current login or came from another site. Reload the "
                    + "page and send it again."));
        }
    }
}
