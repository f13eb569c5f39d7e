package io.claimtracker.feed;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static io.claimtracker.support.Api.article;
import static io.claimtracker.support.Api.get;
import static io.claimtracker.support.Api.post;
import static io.claimtracker.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the Atom feeds of new flags: a personal feed address opens the feed of all flags, of a topic and of a
 * speaker, each valid Atom 1.0 by RFC 4287's required elements; the token opens nothing else; revoking closes the
 * feeds.
 */
@QuarkusTest
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document atom(String path) throws Exception {
        String xml = given().auth().none().get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/atom+xml")).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        requireValidAtom(document.getDocumentElement());
        return document;
    }

    /** RFC 4287: a feed has one id, title and updated, an author, a self link; so has each entry, with a link. */
    private static void requireValidAtom(Element feed) {
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        requireOne(feed, "id");
        requireOne(feed, "title");
        OffsetDateTime.parse(requireOne(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "link")).anyMatch(link -> link.getAttribute("rel").equals("self")
                && !link.getAttribute("href").isBlank());
        for (Element entry : children(feed, "entry")) {
            assertThat(requireOne(entry, "id")).startsWith("urn:claimtracker:flag:");
            requireOne(entry, "title");
            OffsetDateTime.parse(requireOne(entry, "updated"));
            assertThat(children(entry, "link")).anyMatch(link -> link.getAttribute("rel").equals("alternate"));
            assertThat(children(entry, "content")).allMatch(content -> content.getAttribute("type").equals("text"));
        }
    }

    private static String requireOne(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(parent.getLocalName() + " has one " + name).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> titles(Document feed) {
        return children(feed.getDocumentElement(), "entry").stream().map(entry -> requireOne(entry, "title")).toList();
    }

    @Test
    void aPersonalFeedAddressOpensTheFeedsOfNewFlagsAndNothingElse() throws Exception {
        String topic = unique("Feed <&> topic");
        String first = unique("Lock keeper").replace("-", " ");
        String second = unique("Canal pilot").replace("-", " ");
        long articleId = article(unique("Feed"), "The lock opened at noon. The lock did not open at noon.", null);
        post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", first),
                "quote", Map.of("exact", "The lock opened at noon."), "statement", "The lock opened at noon.",
                "topic", topic)).statusCode(201);
        var raised = post("/api/articles/" + articleId + "/claims", Map.of("speaker", Map.of("name", second),
                "quote", Map.of("exact", "The lock did not open at noon."), "statement", "The lock did not open.",
                "topic", topic)).statusCode(201).extract().jsonPath();
        long flagId = raised.getLong("conflicts[0].id");
        long topicId = raised.getLong("topic.id");
        long speakerId = raised.getLong("speaker.id");

        var feed = post("/api/account/feed-token", Map.of()).statusCode(201).extract().jsonPath();
        String token = feed.getString("token");
        assertThat(feed.getString("flags")).endsWith("/feeds/flags.atom?token=" + token);

        Document all = atom("/feeds/flags.atom?token=" + token);
        assertThat(titles(all)).anyMatch(title -> title.contains(first) && title.contains(second));
        Document byTopic = atom("/feeds/topics/" + topicId + ".atom?token=" + token);
        assertThat(requireOne(byTopic.getDocumentElement(), "title")).contains(topic);
        assertThat(children(byTopic.getDocumentElement(), "entry")).extracting(entry -> requireOne(entry, "id"))
                .contains("urn:claimtracker:flag:" + flagId);
        assertThat(titles(byTopic)).as("only flags with a claim of the topic, whose speakers are ours")
                .allMatch(title -> title.contains(first) || title.contains(second));
        Document bySpeaker = atom("/feeds/speakers/" + speakerId + ".atom?token=" + token);
        assertThat(titles(bySpeaker)).isNotEmpty().allMatch(title -> title.contains(second));

        long version = get("/api/conflicts/" + flagId).extract().jsonPath().getLong("version");
        post("/api/conflicts/" + flagId + "/decisions", Map.of("action", "DISMISS", "reason", "PARAPHRASE",
                "version", version)).statusCode(200);
        assertThat(children(atom("/feeds/topics/" + topicId + ".atom?token=" + token).getDocumentElement(), "entry"))
                .as("a dismissed flag is no longer served as new").extracting(entry -> requireOne(entry, "id"))
                .doesNotContain("urn:claimtracker:flag:" + flagId);

        given().auth().none().get("/feeds/flags.atom?token=cf_wrong").then().statusCode(404);
        given().auth().none().get("/feeds/flags.atom").then().statusCode(404);
        given().auth().none().header("Authorization", "Bearer " + token).get("/api/claims").then().statusCode(401);
        given().auth().none().get("/api/claims?token=" + token).then().statusCode(401);

        assertThat(get("/account").extract().asString()).contains("Revoke my feed address");
        given().delete("/api/account/feed-token").then().statusCode(204);
        given().auth().none().get("/feeds/flags.atom?token=" + token).then().statusCode(404);
        given().delete("/api/account/feed-token").then().statusCode(404);
        assertThat(get("/account").extract().asString()).contains("Create my feed address");
    }
}
