package org.fuliankg.export;

import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.fuliankg.export.Lifespans.Interval;

/**
 * Makes a static GEXF document dynamic (GEXF 1.2 {@code mode="dynamic" timeformat="date"}): nodes and edges with a
 * lifespan get {@code start} and {@code end} days, which Gephi's timeline plays. JGraphT's exporter writes static
 * graphs only, so its output is rewritten as a stream of XML events.
 */
final class GexfTimeline {

    private static final XMLEventFactory EVENTS = XMLEventFactory.newInstance();

    private GexfTimeline() {}

    static void write(String staticGexf, Lifespans lifespans, Writer out) {
        try {
            XMLEventReader reader = XMLInputFactory.newInstance().createXMLEventReader(new StringReader(staticGexf));
            XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out);
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartDocument()) event = EVENTS.createStartDocument("UTF-8", "1.0");
                else if (event.isStartElement()) event = timed(event.asStartElement(), lifespans);
                writer.add(event);
            }
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("rewriting the GEXF exporter's output failed", e);
        }
    }

    private static XMLEvent timed(StartElement element, Lifespans lifespans) {
        String name = element.getName().getLocalPart();
        List<Attribute> added = new ArrayList<>();
        switch (name) {
            case "graph" -> {
                added.add(EVENTS.createAttribute("mode", "dynamic"));
                added.add(EVENTS.createAttribute("timeformat", "date"));
            }
            case "node" -> addInterval(element, lifespans.nodes(), added);
            case "edge" -> addInterval(element, lifespans.edges(), added);
            default -> { }
        }
        if (added.isEmpty()) return element;
        Iterator<Attribute> old = element.getAttributes();
        old.forEachRemaining(added::add);
        return EVENTS.createStartElement(element.getName(), added.iterator(), element.getNamespaces());
    }

    private static void addInterval(StartElement element, Map<String, Interval> intervals, List<Attribute> added) {
        Interval interval = intervals.get(element.getAttributeByName(new QName("id")).getValue());
        if (interval == null) return;
        added.add(EVENTS.createAttribute("start", interval.start().toString()));
        added.add(EVENTS.createAttribute("end", interval.end().toString()));
    }
}
