package io.claimtracker.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import io.claimtracker.support.Api;

import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Proves sign-in, roles, API tokens, sessions with CSRF protection, password changes and login throttling. */
@QuarkusTest
class AccountsTest {

    private static final String PASSWORD = "correct horse battery";

    private static String account(String role) {
        return Api.account(role, PASSWORD);
    }

    private static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    private static RequestSpecification anonymous() {
        return given().auth().none();
    }

    @Test
    void withoutCredentialsApiAnswers401AndPagesSendToTheLoginForm() {
        anonymous().get("/api/articles").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic")).body("detail", containsString("Bearer"));
        anonymous().redirects().follow(false).accept("text/html").get("/review?status=OPEN").then().statusCode(302)
                .header("Location", "/login?next=%2Freview%3Fstatus%3DOPEN");
        anonymous().get("/login").then().statusCode(200).body(containsString("name=\"password\""));
        anonymous().get("/q/health/ready").then().statusCode(200);
        anonymous().get("/claimtracker.css").then().statusCode(200);
        anonymous().get("/q/metrics").then().statusCode(401);
        as("admin", "not the password").get("/api/articles").then().statusCode(401);
    }

    @Test
    void editorsAddAndEditTheirOwnClaimsButNeitherRuleNorAdminister() {
        String editor = account("editor");
        String other = account("editor");
        long articleId = as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("title", unique("Roles"),
                "outlet", "Role Times", "body", "The depot closed at noon. The depot stayed open.")).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long own = as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("speaker", Map.of("name", "Clerk"),
                "quote", Map.of("exact", "The depot closed at noon."), "statement", "The depot closed."))
                .post("/api/articles/" + articleId + "/claims").then().statusCode(201)
                .body("createdBy", equalTo(editor)).extract().jsonPath().getLong("id");
        Map<String, Object> edit = Map.of("speaker", Map.of("name", "Clerk"), "quote",
                Map.of("exact", "The depot closed at noon."), "statement", "The depot closed at noon.", "version", 0);

        as(other, PASSWORD).contentType(ContentType.JSON).body(edit).put("/api/claims/" + own).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString(editor));
        as(editor, PASSWORD).contentType(ContentType.JSON).body(edit).put("/api/claims/" + own).then().statusCode(200);
        as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", 0))
                .post("/api/conflicts/1/decisions").then().statusCode(403).contentType("application/problem+json");
        as(editor, PASSWORD).contentType(ContentType.JSON).post("/api/conflicts/rescans").then().statusCode(403);
        as(editor, PASSWORD).get("/api/users").then().statusCode(403);
        as(editor, PASSWORD).accept("text/html").get("/admin/users").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("Not allowed"));

        String reviewer = account("reviewer");
        as(reviewer, PASSWORD).contentType(ContentType.JSON).body(Map.of("speaker", Map.of("name", "Clerk"),
                "quote", Map.of("exact", "The depot closed at noon."), "statement", "Closed at noon.", "version", 1))
                .put("/api/claims/" + own).then().statusCode(200);
        as(reviewer, PASSWORD).get("/api/users").then().statusCode(403);
    }

    @Test
    void personalTokensWorkAsBearerUntilRevokedFollowRoleChangesAtOnceAndAreNeverListedInFull() {
        String editor = account("editor");
        var created = as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("name", "newsroom script"))
                .post("/api/account/tokens").then().statusCode(201).extract().jsonPath();
        String secret = created.getString("secret");
        long tokenId = created.getLong("token.id");
        assertThat(secret).startsWith("ct_").hasSizeGreaterThan(40);

        anonymous().header("Authorization", "Bearer " + secret).get("/api/account").then().statusCode(200)
                .body("username", equalTo(editor)).body("role", equalTo("editor"));
        long accountId = as(editor, PASSWORD).get("/api/account").then().extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("role", "reviewer", "enabled", true, "version", 0))
                .put("/api/users/" + accountId).then().statusCode(200);
        anonymous().header("Authorization", "Bearer " + secret).get("/api/account").then().statusCode(200)
                .body("role", equalTo("reviewer"));
        String listing = as(editor, PASSWORD).get("/api/account/tokens").then().statusCode(200).extract().asString();
        assertThat(listing).contains("newsroom script", secret.substring(0, 8)).doesNotContain(secret);

        as(editor, PASSWORD).delete("/api/account/tokens/" + tokenId).then().statusCode(200)
                .body("revokedAt", not(equalTo(null)));
        anonymous().header("Authorization", "Bearer " + secret).get("/api/account").then().statusCode(401);
        anonymous().header("Authorization", "Bearer ct_madeup").get("/api/account").then().statusCode(401);
    }

    /** Signs in through the form and returns the session cookie. */
    private static String signIn(String username, String password) {
        Response response = anonymous().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("username", username, "password", password, "next", "/articles"))
                .post("/login");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/articles");
        String setCookie = response.header("Set-Cookie");
        assertThat(setCookie).contains("ct_session=", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        return response.getCookie("ct_session");
    }

    private static String csrfOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("page carries a CSRF token").isTrue();
        return token.group(1);
    }

    @Test
    void browserSessionsNeedTheCsrfTokenOnEveryFormAndEndAtSignOut() {
        String editor = account("editor");
        String session = signIn(editor, PASSWORD);
        String page = anonymous().cookie("ct_session", session).get("/articles/new").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains(editor, "Sign out");
        String token = csrfOf(page);
        Map<String, String> form = Map.of("title", unique("Session article"), "outlet", "Cookie Courier",
                "body", "Session text.");

        long before = RestAssured.given().get("/api/articles?q=Session%20article").then().extract().jsonPath().getLong("total");
        anonymous().cookie("ct_session", session).contentType("application/x-www-form-urlencoded").formParams(form)
                .post("/articles").then().statusCode(403).body(containsString("security token"));
        anonymous().cookie("ct_session", session).contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam("_csrf", "forged").post("/articles").then().statusCode(403);
        assertThat(RestAssured.given().get("/api/articles?q=Session%20article").then().extract().jsonPath().getLong("total"))
                .isEqualTo(before);
        anonymous().redirects().follow(false).cookie("ct_session", session).contentType("application/x-www-form-urlencoded")
                .formParams(form).formParam("_csrf", token).post("/articles").then().statusCode(303);

        anonymous().redirects().follow(false).cookie("ct_session", session).contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", token).post("/logout").then().statusCode(303)
                .header("Set-Cookie", containsString("Max-Age=0"));
        anonymous().redirects().follow(false).cookie("ct_session", session).accept("text/html").get("/articles")
                .then().statusCode(302);
    }

    /** Proves a browser cookie alone cannot write through the JSON API: the page's token must come in a header. */
    @Test
    void apiWritesWithABrowserSessionNeedTheTokenHeader() {
        String editor = account("editor");
        String session = signIn(editor, PASSWORD);
        String page = anonymous().cookie("ct_session", session).get("/articles").then().statusCode(200)
                .extract().asString();
        Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">").matcher(page);
        assertThat(meta.find()).as("pages carry the session token in a meta element").isTrue();
        String title = unique("Cookie API article");
        Map<String, String> article = Map.of("title", title, "outlet", "Cookie Courier", "body", "Cookie text.");

        anonymous().cookie("ct_session", session).contentType("application/json").body(article).post("/api/articles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Security token missing"));
        anonymous().cookie("ct_session", session).contentType("application/json").body(Map.of())
                .post("/api/conflicts/rescans").then().statusCode(403);
        anonymous().cookie("ct_session", session).header("X-CSRF-Token", "forged").contentType("application/json")
                .body(article).post("/api/articles").then().statusCode(403);
        assertThat(RestAssured.given().get("/api/articles?q=" + title).then().extract().jsonPath().getLong("total"))
                .isZero();

        anonymous().cookie("ct_session", session).header("X-CSRF-Token", meta.group(1)).contentType("application/json")
                .body(article).post("/api/articles").then().statusCode(201);
        anonymous().cookie("ct_session", session).get("/api/account").then().statusCode(200);
    }

    @Test
    void wrongPasswordOnTheLoginFormKeepsTheUsernameAndRepeatedFailuresAreThrottled() {
        String editor = account("editor");
        for (int attempt = 0; attempt < 5; attempt++) {
            String page = anonymous().contentType("application/x-www-form-urlencoded")
                    .formParams(Map.of("username", editor, "password", "guess " + attempt)).post("/login")
                    .then().statusCode(401).extract().asString();
            assertThat(page).contains("Wrong username or password", "value=\"" + editor + "\"");
        }
        anonymous().contentType("application/x-www-form-urlencoded").formParams(Map.of("username", editor,
                "password", PASSWORD)).post("/login").then().statusCode(429).header("Retry-After", not(equalTo(null)));
        as(editor, PASSWORD).get("/api/account").then().statusCode(429).contentType("application/problem+json")
                .body("title", equalTo("Too many failed logins"));
    }

    @Test
    void passwordChangeNeedsTheCurrentOneAndEndsTheOldPassword() {
        String editor = account("editor");
        as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", "wrong one entirely",
                "newPassword", "a brand new passphrase")).put("/api/account/password").then().statusCode(422)
                .body("errors[0].field", equalTo("currentPassword"));
        as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD,
                "newPassword", "short")).put("/api/account/password").then().statusCode(422)
                .body("errors[0].field", equalTo("newPassword"));
        as(editor, PASSWORD).contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase")).put("/api/account/password").then().statusCode(204);
        as(editor, PASSWORD).get("/api/account").then().statusCode(401);
        as(editor, "a brand new passphrase").get("/api/account").then().statusCode(200);
    }

    @Test
    void adminsChangeRolesWithVersionChecksCannotRemoveTheLastAdminAndEveryChangeIsAudited() {
        String editor = account("editor");
        long id = as(editor, PASSWORD).get("/api/account").then().extract().jsonPath().getLong("id");
        post("/api/users", Map.of("username", editor, "role", "editor")).statusCode(409);
        post("/api/users", Map.of("username", "bad name!", "role", "editor")).statusCode(422);
        post("/api/users", Map.of("username", unique("nobody"), "role", "chief")).statusCode(422);

        given().contentType(ContentType.JSON).body(Map.of("role", "reviewer", "enabled", true, "version", 0))
                .put("/api/users/" + id).then().statusCode(200).body("role", equalTo("reviewer"));
        given().contentType(ContentType.JSON).body(Map.of("role", "admin", "enabled", true, "version", 0))
                .put("/api/users/" + id).then().statusCode(409).body("current.role", equalTo("reviewer"));
        given().contentType(ContentType.JSON).body(Map.of("role", "reviewer", "enabled", false, "version", 1))
                .put("/api/users/" + id).then().statusCode(200);
        as(editor, PASSWORD).get("/api/account").then().statusCode(401);

        long adminId = get("/api/account").extract().jsonPath().getLong("id");
        long adminVersion = get("/api/users/" + adminId).extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("role", "editor", "enabled", true, "version", adminVersion))
                .put("/api/users/" + adminId).then().statusCode(409).body("title", equalTo("Last administrator"));

        var history = get("/api/audit?entity=user&id=" + id).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("created", "updated", "updated");
        assertThat(history.getList("items.actor")).containsOnly("admin");
        assertThat(history.getString("items")).doesNotContain("$2");
    }

    @Test
    void firstAdminComesFromTheConfiguredPassword() {
        get("/api/account").statusCode(200).body("username", equalTo("admin")).body("role", equalTo("admin"));
        article(unique("Admin writes"), "Admins write too.", null);
    }

    /** Proves a sign-in posted from another site, or from an opaque origin ("null"), is refused before any check. */
    @Test
    void signInFromAnotherSiteOrAnOpaqueOriginIsRefused() {
        String editor = account("editor");
        Map<String, String> form = Map.of("username", editor, "password", PASSWORD, "next", "/articles");
        for (String origin : new String[] {"https://elsewhere.example", "null"}) {
            anonymous().redirects().follow(false).header("Origin", origin)
                    .contentType("application/x-www-form-urlencoded").formParams(form).post("/login").then()
                    .statusCode(403).body(containsString("sent from another site"));
        }
        anonymous().redirects().follow(false).header("Origin", "null").header("Sec-Fetch-Site", "same-origin")
                .contentType("application/x-www-form-urlencoded").formParams(form).post("/login").then()
                .statusCode(303);
    }

    /** Proves that with single sign-on off its address says so to a signed-in person and sends others to sign in. */
    @Test
    void theSingleSignOnAddressSaysWhenItIsOff() {
        anonymous().redirects().follow(false).accept("text/html").get("/login/sso").then().statusCode(302)
                .header("Location", containsString("/login"));
        String editor = account("editor");
        String session = signIn(editor, PASSWORD);
        anonymous().cookie("ct_session", session).accept("text/html").get("/login/sso").then().statusCode(404)
                .body(containsString("Single sign-on is not set up on this service"));
    }

    /** Proves signed-in pages and API answers are never stored by a browser or proxy, while the style sheet may be. */
    @Test
    void signedInContentIsMarkedNoStore() {
        long articleId = article(unique("No store"), "The tram line opened on Monday.", null);
        get("/api/articles/" + articleId).statusCode(200).header("Cache-Control", "no-store");
        given().accept("text/html").get("/articles/" + articleId).then().statusCode(200)
                .header("Cache-Control", "no-store");
        anonymous().get("/claimtracker.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void theButtonThatCopiesANewTokenSaysItCopiesTheToken() {
        String page = given().accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("name", "copy label check")).post("/account/tokens").then().statusCode(201)
                .extract().asString();

        assertThat(page).contains("data-copy=\"new-token\" hidden>Copy token</button>").doesNotContain("Copy citation");
    }
}
