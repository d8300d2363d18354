package dev.tally.ingest;

import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses a feed's bytes into an XML tree as Rome would (its encoding detection and its healing of HTML
 * entities such as {@code &nbsp;}), but keeps the tree so that item dates can be read as written. External
 * entities and DTDs are never loaded: a feed is untrusted input. Thread-safe: each call has its own parser.
 */
final class FeedXml {
    private FeedXml() {
    }

    /** The parsed tree; a {@link BrokenXml} says where and why the bytes are not well-formed XML. */
    static Document parse(byte[] bytes) throws BrokenXml {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (Reader reader = new XmlFixerReader(new XmlReader(new ByteArrayInputStream(bytes)))) {
            return builder.build(reader);
        } catch (JDOMParseException e) {
            String cause = Reasons.message(e.getCause() == null ? e : e.getCause());
            throw new BrokenXml("broken feed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + ": " + cause);
        } catch (JDOMException | IOException e) {
            throw new BrokenXml("broken feed XML: " + Reasons.message(e));
        }
    }

    /** Bytes that are not a well-formed XML document; the message is a rejection reason. */
    static final class BrokenXml extends Exception {
        BrokenXml(String reason) {
            super(reason);
        }
    }
}
