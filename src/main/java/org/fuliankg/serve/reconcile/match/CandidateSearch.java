package org.fuliankg.serve.reconcile.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.rdf.Iris;
import org.fuliankg.resolve.OrganisationResolver;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.FactReader;
import org.fuliankg.serve.reconcile.facts.NameFolding;

/**
 * Finds the entities a name may stand for, without scanning the graph: the exact name (an index lookup), the
 * federation the name resolves to as the build resolves it (四川妇联, 四川省妇女联合会 → 四川省妇联), and when neither
 * is found, the best hits of the full-text index (names sharing words with it, best first).
 */
public final class CandidateSearch {

    /** Text hits read per name: the exact and resolved names are found anyway; these are for near names. */
    private static final int TEXT_HITS = 30;
    private static final OrganisationResolver RESOLVER = new OrganisationResolver();

    private final DatasetGraph dataset;
    private final FactReader facts;

    public CandidateSearch(DatasetGraph dataset, FactReader facts) {
        this.dataset = dataset;
        this.facts = facts;
    }

    /** Candidate nodes of the given types (canonical persons), best guesses first, at most {@code max}. */
    public List<Node> find(String written, String folded, Set<EntityType> types, int max) {
        Set<Node> found = new LinkedHashSet<>();
        for (String name : new LinkedHashSet<>(List.of(written.strip(), folded))) {
            found.addAll(facts.subjectsNamed(NodeFactory.createLiteralLang(name, "zh"),
                    FactReader.PREF_LABEL, FactReader.ALT_LABEL));
            found.addAll(facts.subjectsNamed(NodeFactory.createLiteralDT(name, XSDDatatype.XSDstring),
                    FactReader.FOAF_NAME));
        }
        resolvedFederation(folded).ifPresent(found::add);
        // near names are looked for only when the name itself is not found: a search costs more than the rest
        if (found.isEmpty()) found.addAll(textHits(NameFolding.searchWords(folded), TEXT_HITS));
        List<Node> candidates = new ArrayList<>();
        for (Node node : found) {
            Node canonical = facts.canonical(node);
            if (candidates.contains(canonical)) continue;
            if (facts.types(canonical).stream().noneMatch(types::contains)) continue;
            candidates.add(canonical);
            if (candidates.size() == max) break;
        }
        return candidates;
    }

    /** The federation node of a name ending in 妇联, as the build resolves such names, if the graph has it. */
    Optional<Node> resolvedFederation(String folded) {
        if (!folded.endsWith("妇联")) return Optional.empty();
        var resolved = RESOLVER.resolve(new Organisation(folded, OrgType.FEDERATION, null, null, false));
        Node node = NodeFactory.createURI(Iris.organisation(resolved.key()));
        return facts.types(node).isEmpty() ? Optional.empty() : Optional.of(node);
    }

    /**
     * Subjects of the labels that best match the words (Lucene's order; the words as {@code text:query} takes them);
     * none when the store has no index. The index is asked directly: a SPARQL query per name cost more to parse and
     * plan than the search itself.
     */
    public List<Node> textHits(String words, int max) {
        if (words.isEmpty() || !(dataset instanceof DatasetGraphText text)) return List.of();
        return text.getTextIndex().query((Node) null, words, null, null, max).stream().map(TextHit::getNode).toList();
    }
}
