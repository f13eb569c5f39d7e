package io.claimtracker.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import io.claimtracker.article.ArticleDtos.ArticleChange;
import io.claimtracker.claim.ArticleCorrection;
import io.claimtracker.dating.ArticleDating;
import java.util.List;
import io.claimtracker.claim.ClaimService;
import io.claimtracker.article.ArticleService;
import io.claimtracker.article.ArticleDtos.ArticleSummary;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleDtos.NewArticle;
import io.claimtracker.common.PageView;
import io.claimtracker.common.web.Paging;
import io.claimtracker.common.web.QueryDates;
import io.claimtracker.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API for articles. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Inject
    ClaimService claims;

    @Inject
    ArticleCorrection corrections;

    @Inject
    ArticleDating dating;

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Operation(summary = "Store an article", description = "A URL that is already stored is rejected with 409.")
    public Response create(@NotNull(message = "is required: send the article as a JSON object") @Valid NewArticle article,
                           @jakarta.ws.rs.core.Context UriInfo uri) {
        ArticleView created = articles.create(article);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(ArticleWithClaims.of(created, List.of())).build();
    }

    @GET
    @Operation(summary = "List articles", description = "Newest first; q searches title and text.")
    public PageView<ArticleSummary> list(
            @Parameter(description = "words to find in the title or text") @QueryParam("q") String text,
            @Parameter(description = "outlet name") @QueryParam("outlet") String outlet,
            @Parameter(description = "published on or after, e.g. 2016-09-01") @QueryParam("from") String from,
            @Parameter(description = "published on or before") @QueryParam("to") String to,
            @Valid @BeanParam Paging paging) {
        return articles.list(new ArticleService.Filter(text, outlet, QueryDates.parse("from", from),
                QueryDates.parse("to", to)), paging.request());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its body and claims")
    public ArticleWithClaims get(@PathParam("id") long id) {
        return ArticleWithClaims.of(articles.get(id), claims.ofArticle(id));
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @PUT
    @Path("{id}")
    @Operation(summary = "Correct an article", description = "Send every field as it should read and the version you "
            + "read. A corrected text re-anchors the claims' quotes (409 naming the claims whose words are gone, "
            + "nothing changed); a corrected date moves the claims that took the article's date. The claims' "
            + "conflict checks then run again in the background; flags an editor ruled on are kept.")
    public ArticleWithClaims correct(@PathParam("id") long id,
                                     @NotNull(message = "is required: send the corrected article as a JSON object")
                                     @Valid ArticleChange change) {
        corrections.correct(id, change);
        return ArticleWithClaims.of(articles.get(id), claims.ofArticle(id));
    }

    @GET
    @Path("{id}/date-check")
    @Operation(summary = "Whether the article's date holds up", description = "Warnings, each with its evidence and "
            + "the article dates that would fit: a relative date that puts an event on another day than an article "
            + "whose date an editor confirmed, a deal told as still to come that such an article reports done long "
            + "before (or the reverse), a speaker given a role outside the period the speaker record holds, years in "
            + "the text after the article's date. None once an editor has confirmed the date.")
    public ArticleDating.DateCheck dateCheck(@PathParam("id") long id) {
        return dating.check(id);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    @POST
    @Path("{id}/date-confirmations")
    @Operation(summary = "Confirm the article's date as it stands", description = "Confirmed dates are trusted when "
            + "other articles' dates are checked. Correcting the date (PUT) confirms the new one.")
    public ArticleWithClaims confirmDate(@PathParam("id") long id) {
        articles.confirmDate(id);
        return ArticleWithClaims.of(articles.get(id), claims.ofArticle(id));
    }

    @RolesAllowed(Role.REVIEWER_NAME)
    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an article with its claims", description = "Refused with 409 while any of its "
            + "claims takes part in a flag an editor has ruled on.")
    public Response delete(@PathParam("id") long id) {
        corrections.remove(id);
        return Response.noContent().build();
    }
}
