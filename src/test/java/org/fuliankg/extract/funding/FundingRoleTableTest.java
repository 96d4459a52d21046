package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.lexicon.ResourceLines;
import org.junit.jupiter.api.Test;

/** The role table of the ontology README and the code agree: the same roles, and the same verbs for row 8. */
class FundingRoleTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| (\\d+) \\| (.*?) \\| `([a-z-]+)` \\|", Pattern.MULTILINE);

    private record Row(int order, String frame, String role) {}

    private static List<Row> table() throws IOException {
        String readme = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        int from = readme.indexOf("## Funding roles");
        assertTrue(from >= 0, "ontology/README.md has a Funding roles section");
        int to = readme.indexOf("\n## ", from + 1);
        Matcher m = ROW.matcher(readme.substring(from, to < 0 ? readme.length() : to));
        List<Row> rows = new ArrayList<>();
        while (m.find()) rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        return rows;
    }

    @Test
    void everyRoleOfTheTableIsAFundingRoleAndEveryFundingRoleIsInTheTable() throws IOException {
        Set<String> inTable = table().stream().map(Row::role).collect(Collectors.toCollection(TreeSet::new));
        inTable.forEach(FundingRole::fromCode); // throws on a role the code does not know
        Set<String> codes = Arrays.stream(FundingRole.values()).map(FundingRole::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, inTable);
    }

    @Test
    void theVerbRowsOfTheTableAreTheRolesOfTheVerbLexiconInItsOrder() throws IOException {
        Set<String> tableVerbRoles = new LinkedHashSet<>();
        for (Row r : table()) if (r.order() == 8) tableVerbRoles.add(r.role());
        Set<String> lexiconRoles = new LinkedHashSet<>();
        for (String[] row : ResourceLines.read(MoneyRoles.class, MoneyRoles.VERB_TABLE)) {
            lexiconRoles.add(FundingRole.fromCode(row[0]).code());
        }
        assertEquals(List.copyOf(lexiconRoles), List.copyOf(tableVerbRoles));
    }

    @Test
    void everyVerbTheTableNamesForARoleIsACueOfThatRole() throws IOException {
        for (Row r : table()) {
            if (r.order() != 8) continue;
            List<Pattern> cues = ResourceLines.read(MoneyRoles.class, MoneyRoles.VERB_TABLE).stream()
                    .filter(row -> row[0].equals(r.role())).map(row -> Pattern.compile(row[1])).toList();
            String frame = r.frame().replaceAll("\\(.*?\\)", ""); // a parenthesis says what is not a cue
            for (String verb : frame.split("[,;]\\s*")) {
                String word = verb.replaceAll("[^\\u4e00-\\u9fff].*$", "").strip();
                if (word.isEmpty() || verb.contains("after") || verb.contains("before")) continue;
                assertTrue(cues.stream().anyMatch(c -> c.matcher(word).find()),
                        word + " is in the table for " + r.role() + " but not in funding-verbs.tsv");
            }
        }
    }
}
