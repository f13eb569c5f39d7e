package io.claimtracker.suggest;

import io.claimtracker.account.CsrfGuard;
import io.claimtracker.account.Role;
import io.claimtracker.article.ArticleDtos.ArticleView;
import io.claimtracker.article.ArticleService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/** The suggested claims of an article, each with a form to attach it (after editing) or to reject it. */
@Path("/articles/{id}/suggestions")
@Produces(MediaType.TEXT_HTML)
public class SuggestionPage {

    @Inject
    SuggestionService suggestions;

    @Inject
    ArticleService articles;

    @Inject
    CsrfGuard csrf;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance suggestions(ArticleView article, List<Suggestion> suggestions);
    }

    @GET
    public TemplateInstance list(@PathParam("id") long id) {
        return Templates.suggestions(articles.get(id), suggestions.forArticle(id));
    }

    @POST
    @Path("reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Role.EDITOR_NAME)
    public Response reject(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token, @RestForm int start,
                           @RestForm int end) {
        csrf.check(token);
        suggestions.reject(id, start, end);
        return Response.seeOther(URI.create("/articles/" + id + "/suggestions")).build();
    }
}
