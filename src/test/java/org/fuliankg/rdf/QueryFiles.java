package org.fuliankg.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/** Runs the files of queries/ in-process, turning each row into the lexical forms of its projected variables. */
final class QueryFiles {

    private QueryFiles() {}

    static Query parse(String name) {
        try {
            return QueryFactory.create(Files.readString(Path.of("queries", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows as lists in projection order; unbound values are null. */
    static List<List<String>> rows(Dataset dataset, String name) {
        return rows(dataset, parse(name));
    }

    /** The rows of a query file with one text (e.g. the name in its VALUES line) replaced. */
    static List<List<String>> rows(Dataset dataset, String name, String written, String replacement) {
        try {
            String text = Files.readString(Path.of("queries", name));
            if (!text.contains(written)) throw new IllegalArgumentException(name + " has no " + written);
            return rows(dataset, QueryFactory.create(text.replace(written, replacement)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(Dataset dataset, Query query) {
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(query, dataset)) {
            var results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                List<String> row = new ArrayList<>();
                for (String variable : query.getResultVars()) row.add(lexical(solution.get(variable)));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String lexical(RDFNode node) {
        if (node == null) return null;
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
