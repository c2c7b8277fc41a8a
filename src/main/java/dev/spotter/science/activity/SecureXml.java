package dev.spotter.science.activity;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML activity file through the JDK's own StAX parser with document types and external entities
 * switched off, refusing any file that declares a DTD: activity files never need one, and refusing it closes the
 * door on external-entity (XXE) and entity-expansion attacks whatever the parser would otherwise do.
 */
final class SecureXml {

    private static final int MAX_TEXT = 1000;

    private SecureXml() {
    }

    /** Receives elements as they open and close; the path runs from the root to the current element. */
    interface Handler {

        void start(List<String> path, XMLStreamReader element);

        void end(List<String> path, String text);
    }

    static boolean looksLikeXml(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }

    /** The local name of the root element. */
    static String rootElement(byte[] content) {
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    refuseDocumentTypes(event);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return reader.getLocalName();
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
        throw new ActivityFileRejected(ActivityFiles.NOT_AN_ACTIVITY_FILE);
    }

    static void walk(byte[] content, Handler handler) {
        List<String> path = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        try {
            XMLStreamReader reader = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    refuseDocumentTypes(event);
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            path.add(reader.getLocalName());
                            texts.add(new StringBuilder());
                            handler.start(List.copyOf(path), reader);
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (!texts.isEmpty()) {
                                StringBuilder text = texts.get(texts.size() - 1);
                                if (text.length() < MAX_TEXT) {
                                    text.append(reader.getText(), 0,
                                            Math.min(reader.getTextLength(), MAX_TEXT - text.length()));
                                }
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            String text = texts.remove(texts.size() - 1).toString().strip();
                            handler.end(List.copyOf(path), text);
                            path.remove(path.size() - 1);
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    static String last(List<String> path) {
        return path.get(path.size() - 1);
    }

    static String parent(List<String> path) {
        return path.size() < 2 ? "" : path.get(path.size() - 2);
    }

    private static XMLInputFactory factory() {
        // The JDK's built-in implementation, whatever StAX provider the class path brings.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static void refuseDocumentTypes(int event) {
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new ActivityFileRejected("the file declares a document type (DTD), which activity files never do");
        }
    }

    private static ActivityFileRejected notWellFormed(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        return new ActivityFileRejected("the file is not well-formed XML" + where, e);
    }
}
