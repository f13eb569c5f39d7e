package io.claimtracker.account;

import io.quarkus.qute.TemplateGlobal;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the sign-in page offers besides a password: the single sign-on button's label, when sign-on is configured. */
@TemplateGlobal
public class SignInOffers {

    private SignInOffers() {
    }

    /** The identity provider's name for the button, or null when single sign-on is off. */
    static String ssoLabel() {
        var config = ConfigProvider.getConfig();
        boolean on = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(false);
        return on ? config.getOptionalValue("tracker.sso.label", String.class).orElse("your newsroom's account") : null;
    }
}
