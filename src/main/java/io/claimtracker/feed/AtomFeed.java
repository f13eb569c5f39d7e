package io.claimtracker.feed;

import io.claimtracker.conflict.ConflictDtos.ConflictView;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes flags as an Atom 1.0 feed (RFC 4287): one entry per flag, titled by kind and speakers, its explanation as
 * the summary and both statements as text content, linked to the flag's review page. Plain Java, XML escaped by
 * the JDK's stream writer.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private AtomFeed() {
    }

    /** The feed's identity: a stable id, a title, and the address it is read from. */
    record About(String id, String title, String self) {
    }

    static String write(About about, List<ConflictView> flags, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            text(xml, "id", about.id());
            text(xml, "title", about.title());
            Instant updated = flags.stream().map(ConflictView::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
            text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", about.self());
            link(xml, "alternate", base + "review");
            xml.writeStartElement("author");
            text(xml, "name", "Claim Tracker");
            xml.writeEndElement();
            text(xml, "generator", "Claim Tracker");
            for (ConflictView flag : flags) {
                entry(xml, flag, base, about.id());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, ConflictView flag, String base, String feedId) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", "urn:claimtracker:flag:" + flag.id());
        text(xml, "title", flag.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                + flag.a().speaker().name() + " against " + flag.b().speaker().name());
        text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(flag.updatedAt()));
        text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(flag.detectedAt()));
        link(xml, "alternate", base + "review/" + flag.id());
        xml.writeStartElement("category");
        xml.writeAttribute("term", flag.status().name().toLowerCase(Locale.ROOT));
        xml.writeEndElement();
        text(xml, "summary", flag.explanation());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(side(flag.a()) + "\n" + side(flag.b()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String side(io.claimtracker.claim.ClaimDtos.ClaimView claim) {
        return claim.speaker().name() + " (" + claim.article().outlet() + (claim.saidOn() == null ? "" : ", "
                + claim.saidOn()) + "): “" + claim.quote().exact() + "” — " + claim.statement();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
