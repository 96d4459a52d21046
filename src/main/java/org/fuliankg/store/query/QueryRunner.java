package org.fuliankg.store.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Runs one SPARQL query over a dataset and writes the answer in a chosen format. */
public final class QueryRunner {

    /** Answer formats; CONSTRUCT and DESCRIBE answers are Turtle, or JSON-LD for {@code json}. */
    public enum Format { table, csv, tsv, json }

    private QueryRunner() {}

    /**
     * Runs {@code sparql} over the graph at {@code data} (see {@link QueryableData#open}).
     *
     * @throws MalformedQueryException when {@code sparql} is not a SPARQL query (checked before opening the data)
     * @throws java.nio.file.NoSuchFileException when there is no graph at {@code data}
     */
    public static void run(Path data, String sparql, Format format, OutputStream out)
            throws MalformedQueryException, IOException {
        Query query;
        try {
            query = QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new MalformedQueryException(e.getMessage());
        }
        FederatedQueries.identifyOutgoingCalls();
        DatasetGraph graph = QueryableData.open(data);
        FederatedQueries.allowOnly(graph.getContext(), FederatedQueries.DEFAULT_ALLOWED_HOSTS);
        run(graph, query, format, out);
    }

    static void run(DatasetGraph data, Query query, Format format, OutputStream out) {
        Dataset dataset = DatasetFactory.wrap(data);
        dataset.executeRead(() -> {
            try (QueryExecution execution = QueryExecutionFactory.create(query, dataset)) {
                if (query.isSelectType()) select(execution.execSelect(), query, format, out);
                else if (query.isAskType()) ask(execution.execAsk(), format, out);
                else if (query.isConstructType()) graph(execution.execConstruct(), format, out);
                else if (query.isDescribeType()) graph(execution.execDescribe(), format, out);
                else throw new IllegalArgumentException("unsupported query type: " + query.queryType());
            }
        });
    }

    private static void select(ResultSet results, Query query, Format format, OutputStream out) {
        switch (format) {
            case table -> TextTable.write(results, query.getPrefixMapping(), out);
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }

    private static void ask(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case table -> {
                var print = new PrintStream(out, true, StandardCharsets.UTF_8);
                print.println(answer ? "yes" : "no");
            }
            case csv -> ResultSetFormatter.outputAsCSV(out, answer);
            case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
            case json -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }

    private static void graph(Model model, Format format, OutputStream out) {
        RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
    }
}
