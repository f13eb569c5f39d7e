package io.claimtracker.operations;

import io.claimtracker.account.Role;
import io.claimtracker.conflict.DetectionBacklog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The administrators' start page: how many conflict checks wait and for how long, and the admin pages. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminHome {

    @Inject
    DetectionBacklog backlog;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(DetectionBacklog.State checks);

        static native TemplateInstance home$checks(DetectionBacklog.State checks);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(backlog.current());
    }

    /** The conflict-check figures alone, refreshed by the page every few seconds. */
    @GET
    @Path("checks")
    public TemplateInstance checks() {
        return Templates.home$checks(backlog.current());
    }
}
