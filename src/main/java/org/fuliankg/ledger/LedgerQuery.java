package org.fuliankg.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.path.PathParser;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The ledger's SPARQL, {@code queries/full-graph/funding-ledger.rq} (packaged next to this class), and the two queries made
 * from it without copying its rules: the same ledger for one programme, organisation or region, and its innermost
 * SELECT (one row per figure), for the pages that list the figures behind each total.
 */
final class LedgerQuery {

    private static final String RESOURCE = "funding-ledger.rq";
    private static final String TEXT = read();
    private static final String FIRST_OF_KEY = "firstOfKey";

    private LedgerQuery() {}

    /** The whole ledger. */
    static Query totals() {
        return QueryFactory.create(TEXT);
    }

    /** The ledger of one programme, organisation or region: the figure rows are restricted before anything is computed. */
    static Query totals(FundingLedger.Scope scope, String iri) {
        Query query = totals();
        restrict(innermost(query), scope, iri);
        return query;
    }

    /** One row per figure of one programme, organisation or region: the ledger's innermost SELECT, restricted to it. */
    static Query figures(FundingLedger.Scope scope, String iri) {
        Query figures = innermost(totals());
        restrict(figures, scope, iri);
        return figures;
    }

    private static Query innermost(Query query) {
        Query found = query;
        for (Query sub = subQuery(query); sub != null; sub = subQuery(sub)) found = sub;
        return found;
    }

    /** The first sub-SELECT of a query's top group, or null. */
    private static Query subQuery(Query query) {
        if (!(query.getQueryPattern() instanceof ElementGroup group)) return null;
        for (Element e : group.getElements()) {
            if (e instanceof ElementSubQuery sub) return sub.getQuery();
            if (e instanceof ElementGroup inner) {
                for (Element nested : inner.getElements()) if (nested instanceof ElementSubQuery sub) return sub.getQuery();
            }
        }
        return null;
    }

    /**
     * Puts {@code <iri> <scope's path> ?figure} (e.g. {@code <iri> ^fl:programme ?figure}) first, so the store starts
     * from those figures, and {@code <iri> <path> ?keyed} into the sub-SELECT that finds the first figure of each repeat
     * key: a figure's key holds its programme (every programme has a zh label, so it is bound) and its responsible
     * organisation, so only figures of the same programme, organisation and thus region can share it.
     */
    private static void restrict(Query figureQuery, FundingLedger.Scope scope, String iri) {
        ElementGroup figures = (ElementGroup) figureQuery.getQueryPattern();
        figures.getElements().add(0, scoped("figure", scope, iri));
        Query keys = repeatKeys(figures);
        if (keys == null) throw new IllegalStateException(RESOURCE + ": no sub-SELECT of ?" + FIRST_OF_KEY);
        ((ElementGroup) keys.getQueryPattern()).getElements().add(0, scoped("keyed", scope, iri));
    }

    private static ElementPathBlock scoped(String variable, FundingLedger.Scope scope, String iri) {
        var block = new ElementPathBlock();
        block.addTriplePath(new TriplePath(NodeFactory.createURI(iri), PathParser.parse(scope.path(),
                PrefixMapping.Standard), Var.alloc(variable)));
        return block;
    }

    /** The sub-SELECT (inside an OPTIONAL of the figure rows) that yields ?firstOfKey, or null. */
    private static Query repeatKeys(ElementGroup group) {
        for (Element e : group.getElements()) {
            Element inner = e instanceof ElementOptional optional ? optional.getOptionalElement() : e;
            if (inner instanceof ElementGroup nested && nested.size() == 1) inner = nested.get(0);
            if (inner instanceof ElementSubQuery sub && sub.getQuery().getProjectVars().contains(Var.alloc(FIRST_OF_KEY))) {
                return sub.getQuery();
            }
        }
        return null;
    }

    private static String read() {
        try (InputStream in = LedgerQuery.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + " (packaged from queries/)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
