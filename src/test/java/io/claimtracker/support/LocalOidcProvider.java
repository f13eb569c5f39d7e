package io.claimtracker.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider on loopback for tests: discovery, a JSON Web Key Set, an authorization endpoint
 * that signs in whoever the test named last (no login form), and a token endpoint that checks the client's secret
 * and the one-time code and answers with RS256-signed ID and access tokens.
 */
public class LocalOidcProvider implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "claim-tracker";
    public static final String CLIENT_SECRET = "local-provider-secret";
    private static final String KEY_ID = "local-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who the provider signs in next: subject, preferred name and groups. */
    public record Person(String subject, String username, List<String> groups) {
    }

    private static volatile Person next;
    private static final Map<String, Map<String, String>> CODES = new ConcurrentHashMap<>();

    private HttpServer server;
    private KeyPair keys;
    private String issuer;

    /** Makes the given person the one the provider signs in from now on. */
    public static void signsIn(Person person) {
        next = person;
    }

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, Map.of(
                "issuer", issuer, "authorization_endpoint", issuer + "/authorize", "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/jwks", "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported", List.of("RS256"))));
        server.createContext("/jwks", exchange -> json(exchange, 200, Map.of("keys", List.of(jwk()))));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID,
                "quarkus.oidc.credentials.secret", CLIENT_SECRET);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Person person = next;
        if (person == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            json(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new HashMap<>(Map.of("subject", person.subject(), "username", person.username(),
                "groups", String.join(",", person.groups()), "redirect_uri", query.get("redirect_uri")));
        if (query.get("nonce") != null) {
            grant.put("nonce", query.get("nonce"));
        }
        CODES.put(code, grant);
        String target = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?") + "code="
                + code + (query.get("state") == null ? "" : "&state=" + java.net.URLEncoder.encode(query.get("state"),
                StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("Location", target);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String expected = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        boolean clientKnown = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || (CLIENT_ID.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret")));
        Map<String, String> grant = body.get("code") == null ? null : CODES.remove(body.get("code"));
        if (!clientKnown) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.get("redirect_uri").equals(body.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Set<String> groups = grant.get("groups").isEmpty() ? Set.of()
                : Set.copyOf(Arrays.asList(grant.get("groups").split(",")));
        var idToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject(grant.get("subject"))
                .claim("preferred_username", grant.get("username")).groups(groups).expiresIn(300);
        if (grant.get("nonce") != null) {
            idToken.claim("nonce", grant.get("nonce"));
        }
        String accessToken = Jwt.issuer(issuer).audience(CLIENT_ID).subject(grant.get("subject")).expiresIn(300)
                .jws().keyId(KEY_ID).sign(keys.getPrivate());
        json(exchange, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                "id_token", idToken.jws().keyId(KEY_ID).sign(keys.getPrivate())));
    }

    private Map<String, Object> jwk() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return Map.of("kty", "RSA", "kid", KEY_ID, "use", "sig", "alg", "RS256",
                "n", base64Url(key.getModulus().toByteArray()), "e", base64Url(key.getPublicExponent().toByteArray()));
    }

    private static String base64Url(byte[] signed) {
        byte[] unsigned = signed.length > 1 && signed[0] == 0 ? Arrays.copyOfRange(signed, 1, signed.length) : signed;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
