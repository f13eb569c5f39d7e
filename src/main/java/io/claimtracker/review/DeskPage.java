package io.claimtracker.review;

import io.claimtracker.account.Role;
import io.claimtracker.common.Timestamps;
import io.claimtracker.conflict.DismissReason;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The admin's view of how the desk rules on each kind of flag over the last 30 days. */
@Path("/admin/desk")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class DeskPage {

    @Inject
    DeskTrust trust;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(DeskTrust.Report report, DismissReason[] reasons, long days);
    }

    @GET
    public TemplateInstance desk() {
        return Templates.desk(trust.since(Timestamps.now().minus(DeskTrust.WINDOW)), DismissReason.values(),
                DeskTrust.WINDOW.toDays());
    }
}
