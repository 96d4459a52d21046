package org.fuliankg.rdf.table;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.rdf.FL;

/**
 * The ledger's region of an organisation, read from all graphs (as the full-graph ledger reads the union): its
 * prefecture, else its province, else its own division; of several (documents placing it in 吉林市 and 吉林省) the
 * one with the smallest "code, name, IRI", so its figures count once. Cached per organisation.
 */
final class LedgerRegions {

    /** A ledger region; {@link #NONE} for a figure without organisation or an organisation without division. */
    record Region(Node iri, String code, String name) {
        static final Region NONE = new Region(null, "", "");
    }

    private final DatasetGraph data;
    private final Map<Node, Region> regions = new HashMap<>();
    private final Map<Node, Set<Node>> above = new HashMap<>();
    private final Map<Node, Set<String>> levels = new HashMap<>();

    LedgerRegions(DatasetGraph data) {
        this.data = data;
    }

    Region of(Node organisation) {
        return organisation == null ? Region.NONE : regions.computeIfAbsent(organisation, this::find);
    }

    private Region find(Node organisation) {
        Set<Node> own = objects(organisation, FL.region.asNode());
        String prefecture = null;
        String province = null;
        String ownKey = null;
        for (Node region : own) {
            ownKey = min(ownKey, key(region));
            for (Node place : aboveOrSelf(region)) {
                Set<String> level = levelsOf(place);
                if (level.contains("prefecture")) prefecture = min(prefecture, key(place));
                if (level.contains("province")) province = min(province, key(place));
            }
        }
        String chosen = prefecture != null ? prefecture : province != null ? province : ownKey;
        if (chosen == null) return Region.NONE;
        String[] parts = chosen.split("\t", 3);
        return new Region(GraphValues.uri(parts[2]), parts[0], parts[1]);
    }

    /** The smallest "code TAB name TAB IRI" of a division (its zh names × its codes), or null. */
    private String key(Node division) {
        String smallest = null;
        for (Node name : objects(division, GraphValues.PREF_LABEL)) {
            if (!GraphValues.isZh(name)) continue;
            for (Node code : objects(division, FL.divisionCode.asNode())) {
                smallest = min(smallest, code.getLiteralLexicalForm() + "\t" + name.getLiteralLexicalForm() + "\t" + division.getURI());
            }
        }
        return smallest;
    }

    /** The division and every division it lies in (schema:containedInPlace*). */
    private Set<Node> aboveOrSelf(Node division) {
        return above.computeIfAbsent(division, d -> {
            Set<Node> found = new LinkedHashSet<>();
            var todo = new ArrayDeque<Node>();
            todo.add(d);
            while (!todo.isEmpty()) {
                Node next = todo.remove();
                if (found.add(next)) todo.addAll(objects(next, SchemaDO.containedInPlace.asNode()));
            }
            return found;
        });
    }

    private Set<String> levelsOf(Node division) {
        return levels.computeIfAbsent(division, d -> {
            Set<String> codes = new LinkedHashSet<>();
            for (Node level : objects(d, FL.level.asNode())) {
                for (Node code : objects(level, SKOS.notation.asNode())) if (code.isLiteral()) codes.add(code.getLiteralLexicalForm());
            }
            return codes;
        });
    }

    private Set<Node> objects(Node subject, Node predicate) {
        Set<Node> objects = new LinkedHashSet<>();
        if (!subject.isURI()) return objects;
        data.find(Node.ANY, subject, predicate, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        return objects;
    }

    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
