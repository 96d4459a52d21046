package org.fuliankg.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One query the load test sends, and what a correct server answers to it.
 *
 * @param kind  {@code canned} (a file of queries/ but the contract dumps: a complete 200), {@code page} (a
 *              contract dump's page of {@value #PAGE_ROWS} rows in its documented order, LIMIT and OFFSET over
 *              SPARQL: a complete 200 with at most that many rows), {@code table} (a contract dump downloaded whole
 *              from {@code /kg/table/NAME.csv}: a complete 200), {@code timeout} (too expensive to finish: the
 *              server's timeout error, 503), {@code too-large} (more rows than the server's result limit: 422) or
 *              {@code malformed} (a syntax error: 400) or {@code oversized} (a body over the server's request
 *              limit of 1 MB: 413, answered before the body is read)
 * @param name  the query file, or what the query is
 * @param query the SPARQL query; for a {@code table}, the table's name
 * @param chunked sent without a length (chunked), so the server must count the body as it reads it
 */
record LoadRequest(String kind, String name, String query, boolean chunked) {

    LoadRequest(String kind, String name, String query) {
        this(kind, name, query, false);
    }

    static final String CANNED = "canned";
    static final String TIMEOUT = "timeout";
    static final String TOO_LARGE = "too-large";
    static final String MALFORMED = "malformed";
    static final String OVERSIZED = "oversized";
    static final String PAGE = "page";
    static final String TABLE = "table";

    /**
     * The contract queries whose answer is a whole table (queries/README.md): over SPARQL they are asked a page at
     * a time, as the project documents for answers over the row limit, and downloaded whole from /kg/table/.
     */
    static final List<String> CONTRACT_DUMPS = List.of("officials.rq", "fundings.rq", "organisations.rq",
            "programmes.rq");
    /** Rows of a page; pages start at row 0 and at row 100,000 (the default row limit: the rows it used to hide). */
    static final int PAGE_ROWS = 10_000;
    private static final List<Integer> PAGE_OFFSETS = List.of(0, 100_000);

    /** A query padded with a comment to 2 MB, twice the server's default request limit. */
    private static final String PADDED = "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#" + "x".repeat(2_000_000);

    /** Sent once the load is over: any server that still works answers it at once. */
    static final LoadRequest STILL_ANSWERS = new LoadRequest(CANNED, "final check", "ASK { ?s ?p ?o }");

    /** Needs the internet (Wikidata's endpoint): not sent. */
    static final String ONLINE_QUERY = "wikidata-federated.rq";

    /** A canned query; a contract dump as the page of its rows from {@code offset} on. */
    private static LoadRequest canned(Path file, int offset) throws IOException {
        String name = file.getFileName().toString();
        String query = Files.readString(file, StandardCharsets.UTF_8);
        if (!CONTRACT_DUMPS.contains(name)) return new LoadRequest(CANNED, name, query);
        return new LoadRequest(PAGE, name + " from row " + offset,
                query + "\nLIMIT " + PAGE_ROWS + " OFFSET " + offset + "\n");
    }

    /** The most rows a correct answer holds: a page's size for a page, else no bound. */
    long maxRows() {
        return kind.equals(PAGE) ? PAGE_ROWS : Long.MAX_VALUE;
    }

    /** The HTTP status a correct server answers with. */
    int expectedStatus() {
        return switch (kind) {
            case TIMEOUT -> 503;
            case TOO_LARGE -> 422;
            case MALFORMED -> 400;
            case OVERSIZED -> 413;
            default -> 200;
        };
    }

    /**
     * One round of the mix each client repeats: a query that times out (alternately a count and a sort of a cross
     * product: neither can answer before the end), a malformed query, a query whose result exceeds any sensible
     * row limit (a cross product listed), a 2 MB query (alternately with its length and chunked), every canned
     * query (a contract dump as a page: alternately its first and the one from row 100,000), every contract dump
     * downloaded whole, and another malformed query.
     */
    static List<List<LoadRequest>> rounds(Path queryDir) throws IOException {
        List<Path> canned;
        try (Stream<Path> files = Files.list(queryDir)) {
            canned = files.filter(p -> p.toString().endsWith(".rq"))
                    .filter(p -> !p.getFileName().toString().equals(ONLINE_QUERY)).sorted().toList();
        }
        if (canned.isEmpty()) throw new IOException("no .rq files in " + queryDir);
        List<LoadRequest> timeouts = List.of(
                new LoadRequest(TIMEOUT, "cross product count",
                        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                new LoadRequest(TIMEOUT, "cross product sorted",
                        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10"));
        List<List<LoadRequest>> rounds = new ArrayList<>();
        for (LoadRequest timeout : timeouts) {
            List<LoadRequest> round = new ArrayList<>();
            round.add(timeout);
            round.add(new LoadRequest(MALFORMED, "unclosed pattern", "SELECT * WHERE { ?s ?p "));
            round.add(new LoadRequest(TOO_LARGE, "cross product listed", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"));
            boolean chunked = rounds.size() % 2 == 1;
            round.add(new LoadRequest(OVERSIZED, chunked ? "2 MB body, chunked" : "2 MB body", PADDED, chunked));
            for (Path file : canned) round.add(canned(file, PAGE_OFFSETS.get(rounds.size() % PAGE_OFFSETS.size())));
            for (String dump : CONTRACT_DUMPS) {
                String table = dump.replaceFirst("\\.rq$", "");
                round.add(new LoadRequest(TABLE, "/kg/table/" + table + ".csv", table));
            }
            round.add(new LoadRequest(MALFORMED, "misspelt keyword", "SELEC ?s WHERE { ?s ?p ?o }"));
            rounds.add(List.copyOf(round));
        }
        return rounds;
    }
}
