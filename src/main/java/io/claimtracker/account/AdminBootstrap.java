package io.claimtracker.account;

import io.claimtracker.common.failure.DomainException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

/** On first start, creates the 'admin' account from TRACKER_ADMIN_PASSWORD or with a generated password it logs once. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    AccountService accounts;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    void onStart(@Observes StartupEvent event) {
        String signIn = "http://localhost:" + port + "/login";
        try {
            if (accounts.adminExists()) {
                LOG.infof("The first admin account already exists; sign in at %s.", signIn);
                return;
            }
            var generated = accounts.ensureAdmin();
            generated.ifPresent(password -> LOG.warnf("Created the first account, 'admin', with the generated "
                    + "password %s — it is shown only this once; sign in at %s and change it at /account.", password,
                    signIn));
            if (generated.isEmpty()) {
                LOG.infof("Created the first account, 'admin', with the password TRACKER_ADMIN_PASSWORD gives; sign "
                        + "in at %s.", signIn);
            }
        } catch (io.claimtracker.common.failure.DomainException e) {
            throw new IllegalStateException("Cannot create the first admin account from TRACKER_ADMIN_PASSWORD: "
                    + e.detail(), e);
        } catch (PersistenceException e) {
            LOG.info("Another instance created the first admin account at the same moment; using that one.");
        }
    }
}
