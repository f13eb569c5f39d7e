package io.claimtracker.conflict;

import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.common.TrackerConfig;
import io.claimtracker.common.failure.DomainException;
import io.claimtracker.conflict.WorthALookDtos.Item;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * The second tier beside a claim, as the claim page loads it: the claims worth a look, each with its reason, and a
 * button to raise it to a flag or wave it off. Without scripts the list opens as a page of its own.
 */
@Path("/worth-a-look")
@Produces(MediaType.TEXT_HTML)
public class WorthALookPage {

    @Inject
    PossibleConflicts possible;

    @Inject
    TrackerConfig config;

    @Inject
    CsrfGuard csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tier(long claimId, List<Item> items, String message);

        static native TemplateInstance tier$items(long claimId, List<Item> items, String message);
    }

    @GET
    public TemplateInstance list(@QueryParam("claim") long claimId, @HeaderParam("HX-Request") String htmx) {
        List<Item> items = possible.shownWith(claimId, config.detection().worthALookShown());
        return "true".equals(htmx) ? Templates.tier$items(claimId, items, null) : Templates.tier(claimId, items, null);
    }

    @POST
    @Path("{id}/raise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response raise(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                          @RestForm long claim, @RestForm long version, @HeaderParam("HX-Request") String htmx) {
        csrf.check(csrfToken);
        return decided(claim, htmx, () -> "Raised to flag #" + possible.raise(id, version).conflictId()
                + "; it is in the review queue.");
    }

    @POST
    @Path("{id}/wave-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response waveOff(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String csrfToken,
                            @RestForm long claim, @RestForm long version, @HeaderParam("HX-Request") String htmx) {
        csrf.check(csrfToken);
        return decided(claim, htmx, () -> {
            possible.waveOff(id, version);
            return "Waved off; it will not come back unless one of the two claims changes.";
        });
    }

    private Response decided(long claimId, String htmx, java.util.function.Supplier<String> decision) {
        String message;
        try {
            message = decision.get();
        } catch (DomainException e) {
            message = e.detail();
        }
        List<Item> items = possible.shownWith(claimId, config.detection().worthALookShown());
        if ("true".equals(htmx)) {
            return Response.ok(Templates.tier$items(claimId, items, message)).build();
        }
        return Response.seeOther(URI.create("/claims/" + claimId + "#worth-a-look-" + claimId)).build();
    }
}
