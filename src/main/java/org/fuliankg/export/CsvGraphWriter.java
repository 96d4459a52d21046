package org.fuliankg.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fuliankg.export.PropertyGraph.AttributeColumn;
import org.fuliankg.export.PropertyGraph.Edge;
import org.fuliankg.export.PropertyGraph.Node;

/**
 * Writes a {@link PropertyGraph} as two UTF-8 CSV tables (RFC 4180 quoting) with the column names Gephi's
 * spreadsheet import recognises by itself: a node table (Id, Label, Class, then one column per literal predicate)
 * and an edge table (Source, Target, Type, Id, Label, Predicate). Cytoscape imports the edge table as a network
 * (Source → source node, Target → target node) and the node table as node attributes keyed by Id.
 *
 * <p>Where the files go: {@code --out DIR} (an existing directory, or a path ending in '/') gives DIR/nodes.csv and
 * DIR/edges.csv; any other {@code --out NAME} is a prefix: NAME-nodes.csv and NAME-edges.csv, with a trailing .csv
 * of NAME dropped (kg.csv → kg-nodes.csv).
 */
final class CsvGraphWriter {

    static final List<String> NODE_HEADER = List.of("Id", "Label", "Class");
    static final List<String> EDGE_HEADER = List.of("Source", "Target", "Type", "Id", "Label", "Predicate");

    /** The node and edge files for an --out argument. */
    record CsvFiles(Path nodes, Path edges) {}

    private CsvGraphWriter() {}

    static CsvFiles filesFor(String out) {
        Path path = Path.of(out);
        if (out.endsWith("/") || out.endsWith(java.io.File.separator) || Files.isDirectory(path)) {
            return new CsvFiles(path.resolve("nodes.csv"), path.resolve("edges.csv"));
        }
        String prefix = out.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? out.substring(0, out.length() - 4) : out;
        return new CsvFiles(Path.of(prefix + "-nodes.csv"), Path.of(prefix + "-edges.csv"));
    }

    static void write(PropertyGraph graph, CsvFiles files) throws IOException {
        Path parent = files.nodes().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer out = Files.newBufferedWriter(files.nodes(), StandardCharsets.UTF_8)) {
            writeNodes(graph, out);
        }
        try (Writer out = Files.newBufferedWriter(files.edges(), StandardCharsets.UTF_8)) {
            writeEdges(graph, out);
        }
    }

    static void writeNodes(PropertyGraph graph, Writer out) throws IOException {
        List<String> header = new ArrayList<>(NODE_HEADER);
        graph.columns().stream().map(AttributeColumn::name).forEach(header::add);
        row(out, header);
        for (Node node : graph.nodes()) {
            List<String> cells = new ArrayList<>(List.of(node.id(), node.label(), node.type()));
            for (AttributeColumn column : graph.columns()) cells.add(node.attributes().getOrDefault(column.name(), ""));
            row(out, cells);
        }
    }

    static void writeEdges(PropertyGraph graph, Writer out) throws IOException {
        row(out, EDGE_HEADER);
        for (Edge edge : graph.edges()) {
            row(out, List.of(edge.source(), edge.target(), "Directed", edge.id(), edge.label(), edge.predicate()));
        }
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quoted(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a cell holding a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
