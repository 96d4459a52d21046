package org.fuliankg.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A research table of a published dataset: the answer of one query of {@code queries/} as CSV, with each column's
 * titles in Chinese and English and its CSVW datatype (from {@code tables.tsv}).
 *
 * @param name    the query's file name without {@code .rq}, also the CSV's
 * @param columns in the query's order of result variables
 */
record ResearchTable(String name, List<Column> columns) {

    /** A column: the query variable (the CSV header cell), its titles and CSVW datatype. */
    record Column(String name, String titleZh, String titleEn, String datatype) {}

    private static final String TABLES = "tables.tsv";

    ResearchTable {
        columns = List.copyOf(columns);
    }

    String csvFile() {
        return name + ".csv";
    }

    String query() {
        return resource(name + ".rq");
    }

    /** The tables, in the order of {@code tables.tsv}. */
    static List<ResearchTable> all() {
        Map<String, List<Column>> byTable = new LinkedHashMap<>();
        for (String line : resource(TABLES).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            if (cells.length != 5) throw new IllegalStateException(TABLES + ": not five cells: " + line);
            byTable.computeIfAbsent(cells[0], t -> new ArrayList<>())
                    .add(new Column(cells[1], cells[2], cells[3], cells[4]));
        }
        List<ResearchTable> tables = new ArrayList<>();
        byTable.forEach((name, columns) -> tables.add(new ResearchTable(name, columns)));
        return tables;
    }

    private static String resource(String name) {
        try (InputStream in = ResearchTable.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", reader.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
