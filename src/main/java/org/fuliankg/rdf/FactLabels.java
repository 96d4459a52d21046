package org.fuliankg.rdf;

import java.util.Locale;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.people.PostEvent;

/**
 * Labels a reader understands for fact nodes, in Chinese and English, built from the fact itself
 * ({@code 攀枝花市妇联 党组书记 · 张某}, {@code Party secretary, 攀枝花市妇联 · 张某}) rather than its offsets. Names of
 * people and organisations stay as written: the graph holds no English names for them.
 */
final class FactLabels {

    /** A label in both languages. */
    record Label(String zh, String en) {
        void addTo(Resource fact) {
            fact.addProperty(RDFS.label, zh, "zh").addProperty(RDFS.label, en, "en");
        }
    }

    private FactLabels() {}

    /** A post held: organisation (or none), position, holder, and the event when the text names one. */
    static Label post(String organisation, String position, PostEvent event, String name) {
        String zh = (organisation == null ? "" : organisation + " ") + position + " · " + name;
        String title = Ontology.englishPositionName(position).map(FactLabels::capitalised).orElse(position);
        String en = title + (organisation == null ? "" : ", " + organisation) + " · " + name;
        if (event == null || event == PostEvent.STATED) return new Label(zh, en);
        Resource concept = Ontology.postEvent(event);
        return new Label(zh + "（" + conceptLabel(concept, "zh") + "）", en + " (" + conceptLabel(concept, "en") + ")");
    }

    /** A place where an organisation, programme or person is named, with what the text says of a person. */
    static Label mention(String named, String description) {
        String detail = description == null ? "" : "（" + description + "）";
        return new Label("提及 · " + named + detail, "Mention · " + named + (description == null ? "" : " (" + description + ")"));
    }

    /** A reporter's credit. */
    static Label byline(String name) {
        return new Label("署名 · " + name, "Byline · " + name);
    }

    private static String conceptLabel(Resource concept, String lang) {
        return concept.getModel().listStatements(concept, SKOS.prefLabel, (String) null).toList().stream()
                .map(Statement::getLiteral).filter(l -> l.getLanguage().equals(lang)).map(l -> l.getString())
                .findFirst().orElse(concept.getLocalName());
    }

    private static String capitalised(String english) {
        return english.isEmpty() ? english : english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
    }
}
