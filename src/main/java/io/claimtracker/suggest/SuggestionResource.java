package io.claimtracker.suggest;

import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Suggested claims of an article, and rejecting them; accepting one is attaching it as a claim. */
@Path("/api/articles/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suggestions")
public class SuggestionResource {

    @Inject
    SuggestionService suggestions;

    /** The suggestion an editor turns down, by its position. */
    public record Rejection(@NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer start,
                            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer end) {
    }

    @GET
    @Operation(summary = "Candidate claims found in the article's quotes and reported speech",
            description = "Accept one by attaching it with POST /api/articles/{id}/claims (its quote start and end "
                    + "pin the position); nothing becomes a claim by itself.")
    public List<Suggestion> list(@PathParam("id") long id) {
        return suggestions.forArticle(id);
    }

    @POST
    @Path("rejections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_NAME)
    @Operation(summary = "Reject a suggestion so that it is not offered again")
    public Response reject(@PathParam("id") long id,
                           @NotNull(message = "is required: send {start, end}") @Valid Rejection rejection) {
        suggestions.reject(id, rejection.start(), rejection.end());
        return Response.noContent().build();
    }
}
