package org.fuliankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build and query commands as a user runs them: arguments in, exit code and printed text out. */
class CommandLineTest {

    private static final Path FIXTURE = Path.of("src/test/resources/serve/two-documents.trig");
    private static final String NAMES =
            "SELECT ?name WHERE { ?person <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name";
    private static final String NAMES_CSV = "name\r\n李明\r\n王芳\r\n";

    @TempDir
    Path tmp;

    /** One run's exit code and what it printed. */
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void buildWritesAParseableTrigOfTheSeeds() {
        Path out = tmp.resolve("kg.trig");
        Run build = run("build", "--out", out.toString(), "seeds");
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("2 documents"), build.err());
        RDFParser.source(out).toDatasetGraph(); // throws when not TriG
    }

    @Test
    void unreadableInputIsReportedAndSkippedWhileTheRestIsBuilt() throws IOException {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Path.of("seeds/000_f9ff3fdd4056e4a8.txt"), inputs.resolve("a-news.txt"));
        Path binary = Files.write(inputs.resolve("b-image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        Files.writeString(inputs.resolve(".notes.txt"), "hidden: not an input");
        Path out = tmp.resolve("kg.nq");

        Run build = run("build", "--out", out.toString(), inputs.toString());

        assertEquals(Main.SOME_SKIPPED, build.exitCode(), build.err());
        assertTrue(build.err().contains("skipped " + binary + ": "), build.err());
        assertTrue(build.err().contains("1 document, 1 file skipped"), build.err());
        assertFalse(build.err().contains(".notes.txt"), build.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void queryAnswersOverAnRdfFileFromTextOrFile() throws IOException {
        Run fromText = run("query", "--data", FIXTURE.toString(), "--format", "csv", NAMES);
        assertEquals(0, fromText.exitCode(), fromText.err());
        assertEquals(NAMES_CSV, fromText.out());

        Path rq = Files.writeString(tmp.resolve("names.rq"), NAMES);
        Run fromFile = run("query", "--data", FIXTURE.toString(), "--format", "csv", rq.toString());
        assertEquals(NAMES_CSV, fromFile.out());
    }

    @Test
    void namedGraphsStayDistinctBesideTheUnion() {
        Run graphs = run("query", "-d", FIXTURE.toString(), "-f", "tsv",
                "SELECT ?g WHERE { GRAPH ?g { ?p <http://xmlns.com/foaf/0.1/name> \"李明\" } }");
        assertEquals("?g\n<https://example.org/kg/graph-a>\n", graphs.out());
    }

    @Test
    void queryAnswersOverTheDataDirectoryOfServe() throws IOException {
        Path data = tmp.resolve("data");
        new TdbStore(data).update(StoreManifest.of("test", List.of(FIXTURE)),
                stream -> RDFParser.source(FIXTURE).parse(stream));

        Run ask = run("query", "--data", data.toString(), "ASK { ?a <http://xmlns.com/foaf/0.1/knows> ?b }");
        assertEquals(0, ask.exitCode(), ask.err());
        assertEquals("yes\n", ask.out());
        Run select = run("query", "--data", data.toString(), "--format", "csv", NAMES);
        assertEquals(NAMES_CSV, select.out());
    }

    @Test
    void constructAnswersTurtle() {
        Run construct = run("query", "--data", FIXTURE.toString(),
                "CONSTRUCT { ?a <https://example.org/knows> ?b } WHERE { ?a <http://xmlns.com/foaf/0.1/knows> ?b }");
        assertEquals(0, construct.exitCode(), construct.err());
        assertEquals(1, RDFParser.fromString(construct.out(), Lang.TURTLE).toGraph().size());
    }

    @Test
    void malformedSparqlFailsWithTheParserMessage() {
        Run query = run("query", "--data", FIXTURE.toString(), "SELECT ?x WHERE { ?x");
        assertEquals(Main.FAILED, query.exitCode());
        assertTrue(query.err().contains("malformed SPARQL") && query.err().contains("line 1"), query.err());
    }

    @Test
    void missingDataSaysHowToMakeIt() {
        Run query = run("query", "--data", tmp.resolve("none").toString(), NAMES);
        assertEquals(Main.FAILED, query.exitCode());
        assertTrue(query.err().contains("fulian-kg build"), query.err());
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        for (String[] args : List.of(
                new String[] {"build", "--out", tmp.resolve("kg.xyz").toString()},
                new String[] {"serve", "--no-such-option"},
                new String[] {"serve", "--port", "many"},
                new String[] {"query"},
                new String[] {"query", "--format", "xml", NAMES},
                new String[] {"frobnicate"})) {
            Run run = run(args);
            assertEquals(2, run.exitCode(), String.join(" ", args));
            assertTrue(run.err().contains("Usage:"), String.join(" ", args) + ": " + run.err());
        }
    }

    @Test
    void missingInputIsAFailureNamingIt() {
        Run build = run("build", "--out", tmp.resolve("kg.trig").toString(), tmp.resolve("absent").toString());
        assertEquals(Main.FAILED, build.exitCode());
        assertTrue(build.err().contains("absent: no such file or directory"), build.err());
    }

    @Test
    void turtleOutputHoldsTheUnion() {
        Path out = tmp.resolve("kg.ttl");
        assertEquals(0, run("build", "--out", out.toString(), "seeds").exitCode());
        RDFDataMgr.loadGraph(out.toString()); // throws when not Turtle
    }
}
