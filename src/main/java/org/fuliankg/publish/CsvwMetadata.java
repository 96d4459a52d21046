package org.fuliankg.publish;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * CSV on the Web metadata (W3C, {@code http://www.w3.org/ns/csvw}) of the research tables: a table group with one
 * table per CSV, each column with its name (the header cell), titles in English and Chinese and a datatype. The
 * English titles include the header cell, so a CSVW processor finds the header compatible with the metadata.
 */
final class CsvwMetadata {

    private CsvwMetadata() {}

    static String of(List<ResearchTable> tables) {
        JsonObject group = new JsonObject();
        group.put("@context", "http://www.w3.org/ns/csvw");
        group.put("dc:title", "fulian-kg research tables");
        group.put("dc:license", DatasetDescription.LICENSE);
        JsonArray tableArray = new JsonArray();
        for (ResearchTable table : tables) tableArray.add(table(table));
        group.put("tables", tableArray);
        return group.toString();
    }

    private static JsonObject table(ResearchTable table) {
        JsonArray columns = new JsonArray();
        for (ResearchTable.Column column : table.columns()) {
            JsonObject titles = new JsonObject();
            JsonArray english = new JsonArray();
            english.add(column.name());
            if (!column.titleEn().equals(column.name())) english.add(column.titleEn());
            titles.put("en", english);
            titles.put("zh", column.titleZh());
            JsonObject described = new JsonObject();
            described.put("name", column.name());
            described.put("titles", titles);
            described.put("datatype", column.datatype());
            columns.add(described);
        }
        JsonObject schema = new JsonObject();
        schema.put("columns", columns);
        JsonObject described = new JsonObject();
        described.put("url", table.csvFile());
        described.put("dc:title", table.name());
        described.put("tableSchema", schema);
        return described;
    }
}
