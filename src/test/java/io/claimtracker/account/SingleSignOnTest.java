package io.claimtracker.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtracker.support.LocalOidcProvider;
import io.claimtracker.support.LocalOidcProvider.Person;
import io.claimtracker.support.TestAccounts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.claimtracker.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves single sign-on through an OpenID Connect provider (a local one started for the test): the first sign-in
 * creates the account with the role its groups map to and opens a Claim Tracker session; later sign-ins find the
 * same account and follow group changes; people in no mapped group, and names already used by password accounts,
 * are refused with a message; API tokens made by such an account work; password sign-in still works beside it.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithProvider.class)
class SingleSignOnTest {

    /** Single sign-on switched on against the local provider, with three groups mapped to the three roles. */
    public static class WithProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.sso.editor-groups", "newsroom-editors", "tracker.sso.reviewer-groups", "newsroom-desk",
                    "tracker.sso.admin-groups", "newsroom-it", "tracker.sso.label", "Test Newsroom ID");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalOidcProvider.class));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    /** A browser: cookies kept, redirects followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private static URI app(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    private static HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(app(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode account(HttpClient client) throws Exception {
        HttpResponse<String> answer = get(client, "/api/account");
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    void theFirstSignInCreatesTheAccountWithItsGroupsRoleAndLaterOnesFollowGroupChanges() throws Exception {
        String subject = unique("subject");
        String name = unique("ann.editor").toLowerCase();
        LocalOidcProvider.signsIn(new Person(subject, name, List.of("marketing", "newsroom-editors")));
        HttpClient first = browser();
        HttpResponse<String> landed = get(first, "/login/sso");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.body()).contains("Sign out");
        JsonNode created = account(first);
        assertThat(created.get("username").asText()).isEqualTo(name);
        assertThat(created.get("role").asText()).isEqualToIgnoringCase("editor");

        LocalOidcProvider.signsIn(new Person(subject, name, List.of("newsroom-desk")));
        HttpClient second = browser();
        assertThat(get(second, "/login/sso").statusCode()).isEqualTo(200);
        JsonNode again = account(second);
        assertThat(again.get("id").asLong()).isEqualTo(created.get("id").asLong());
        assertThat(again.get("role").asText()).isEqualToIgnoringCase("reviewer");
        assertThat(RestAssured.given().get("/api/users").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.username == '" + name + "' }")).hasSize(1);
    }

    @Test
    void aPersonInNoMappedGroupIsRefusedWithAMessage() throws Exception {
        LocalOidcProvider.signsIn(new Person(unique("subject"), unique("outsider").toLowerCase(), List.of("marketing")));
        HttpResponse<String> refused = get(browser(), "/login/sso");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not in a group that may use Claim Tracker", "Test Newsroom ID");
    }

    @Test
    void aNameUsedByAPasswordAccountIsNotTakenOver() throws Exception {
        String name = unique("local.person").toLowerCase();
        RestAssured.given().contentType("application/json").body(Map.of("username", name, "role", "editor",
                "password", "a long local password")).post("/api/users").then().statusCode(201);
        LocalOidcProvider.signsIn(new Person(unique("subject"), name, List.of("newsroom-it")));
        HttpResponse<String> refused = get(browser(), "/login/sso");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("already signs in with a password");
        assertThat(RestAssured.given().get("/api/users").then().extract().jsonPath()
                .getString("find { it.username == '" + name + "' }.role")).isEqualToIgnoringCase("editor");
    }

    @Test
    void anApiTokenMadeBySuchAnAccountWorksAndPasswordSignInStillDoes() throws Exception {
        String name = unique("token.maker").toLowerCase();
        LocalOidcProvider.signsIn(new Person(unique("subject"), name, List.of("newsroom-editors")));
        HttpClient browser = browser();
        HttpResponse<String> home = get(browser, "/login/sso");
        Matcher csrf = CSRF.matcher(home.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> made = browser.send(HttpRequest.newBuilder(app("/api/account/tokens"))
                .header("Content-Type", "application/json").header(ApiWriteGuard.HEADER, csrf.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"script\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(made.statusCode()).isEqualTo(201);
        String secret = JSON.readTree(made.body()).get("secret").asText();
        HttpResponse<String> byToken = get(HttpClient.newHttpClient(), "/api/account", "Authorization", "Bearer " + secret);
        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(byToken.body()).get("username").asText()).isEqualTo(name);

        HttpClient withPassword = browser();
        assertThat(get(withPassword, "/login").body()).contains("Sign in with Test Newsroom ID");
        HttpResponse<String> signedIn = withPassword.send(HttpRequest.newBuilder(app("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + TestAccounts.ADMIN + "&password="
                        + URLEncoder.encode(TestAccounts.ADMIN_PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(account(withPassword).get("username").asText()).isEqualTo(TestAccounts.ADMIN);
    }
}
