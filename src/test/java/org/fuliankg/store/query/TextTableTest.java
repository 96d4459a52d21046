package org.fuliankg.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void hanCharactersTakeTwoColumns() {
        assertEquals(4, TextTable.displayWidth("妇联"));
        assertEquals(8, TextTable.displayWidth("\"妇联\" 1"));
    }

    @Test
    void everyLineOfATableWithChineseHasTheSameWidthOnScreen() throws Exception {
        var out = new ByteArrayOutputStream();
        QueryRunner.run(Path.of("src/test/resources/serve/two-documents.trig"),
                "SELECT ?person ?name WHERE { ?person <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name",
                QueryRunner.Format.table, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertEquals("| <https://example.org/kg/person-1> | \"李明\" |", lines.get(3));
        for (String line : lines) assertEquals(TextTable.displayWidth(lines.get(0)), TextTable.displayWidth(line), line);
    }
}
