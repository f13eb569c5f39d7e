package io.claimtracker.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the article API. */
public final class ArticleDtos {

    private ArticleDtos() {
    }

    /** What an article's record says of it, whether stored for the first time or corrected. */
    public interface ArticleFields {
        String url();

        String title();

        OutletRef outlet();

        List<String> authors();

        LocalDate publishedAt();

        String language();

        String body();
    }

    /** A new article. The outlet may be given as its name or as {@code {name, homepage}}. */
    public record NewArticle(
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https address")
            String url,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String title,
            @NotNull(message = "is required") @Valid
            OutletRef outlet,
            @Size(max = 50, message = "may list at most 50 authors")
            List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> authors,
            LocalDate publishedAt,
            @Size(max = 35, message = "must be a language tag such as en or en-GB")
            @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a language tag such as en or en-GB")
            String language,
            @NotBlank(message = "is required")
            String body) implements ArticleFields {
    }

    /** A corrected article: every field as it should now read, and the version the editor read. */
    public record ArticleChange(
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https address")
            String url,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
            String title,
            @NotNull(message = "is required") @Valid
            OutletRef outlet,
            @Size(max = 50, message = "may list at most 50 authors")
            List<@NotBlank(message = "must not be blank") @Size(max = 300, message = "must be at most 300 characters") String> authors,
            LocalDate publishedAt,
            @Size(max = 35, message = "must be a language tag such as en or en-GB")
            @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*", message = "must be a language tag such as en or en-GB")
            String language,
            @NotBlank(message = "is required")
            String body,
            @NotNull(message = "is required: send the version you read")
            Long version) implements ArticleFields {
    }

    /** An outlet named in a request. */
    public record OutletRef(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            String name,
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https address")
            String homepage) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static OutletRef named(String name) {
            return new OutletRef(name, null);
        }

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public static OutletRef of(@JsonProperty("name") String name, @JsonProperty("homepage") String homepage) {
            return new OutletRef(name, homepage);
        }
    }

    /** An outlet as the API shows it. */
    public record OutletView(long id, String name, String homepage) {

        static OutletView of(Outlet outlet) {
            return new OutletView(outlet.id, outlet.name, outlet.homepage);
        }
    }

    /** An article in a listing: everything but the body. */
    public record ArticleSummary(long id, String url, String title, OutletView outlet, List<String> authors,
                                 LocalDate publishedAt, String language, long claimCount,
                                 Instant createdAt) {
    }

    /** One article with its body. */
    public record ArticleView(long id, String url, String title, OutletView outlet, List<String> authors,
                              LocalDate publishedAt, String dateConfirmedBy, Instant dateConfirmedAt,
                              String language, String body, String contentHash,
                              Instant createdAt, Instant updatedAt, long version) {
    }
}
