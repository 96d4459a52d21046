package org.fuliankg.bench;

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
 * @param kind  {@code canned} (a file of queries/: a complete 200), {@code timeout} (too expensive to finish: the
 *              server's timeout error, 503) or {@code malformed} (a syntax error: 400)
 * @param name  the query file, or what the query is
 */
record LoadRequest(String kind, String name, String query) {

    static final String CANNED = "canned";
    static final String TIMEOUT = "timeout";
    static final String MALFORMED = "malformed";

    /** Sent once the load is over: any server that still works answers it at once. */
    static final LoadRequest STILL_ANSWERS = new LoadRequest(CANNED, "final check", "ASK { ?s ?p ?o }");

    /** Needs the internet (Wikidata's endpoint): not sent. */
    static final String ONLINE_QUERY = "wikidata-federated.rq";

    /** The HTTP status a correct server answers with. */
    int expectedStatus() {
        return switch (kind) {
            case TIMEOUT -> 503;
            case MALFORMED -> 400;
            default -> 200;
        };
    }

    /**
     * One round of the mix each client repeats: a query that times out (alternately a count, which answers nothing
     * before the end, and a streamed list, which starts answering at once: the timeout then strikes mid-stream), a
     * malformed query, every canned query, and another malformed one.
     */
    static List<List<LoadRequest>> rounds(Path queryDir) throws IOException {
        List<LoadRequest> canned = new ArrayList<>();
        try (Stream<Path> files = Files.list(queryDir)) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                String name = q.getFileName().toString();
                if (name.equals(ONLINE_QUERY)) continue;
                canned.add(new LoadRequest(CANNED, name, Files.readString(q, StandardCharsets.UTF_8)));
            }
        }
        if (canned.isEmpty()) throw new IOException("no .rq files in " + queryDir);
        List<LoadRequest> timeouts = List.of(
                new LoadRequest(TIMEOUT, "cross product count",
                        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                new LoadRequest(TIMEOUT, "cross product stream", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"));
        List<List<LoadRequest>> rounds = new ArrayList<>();
        for (LoadRequest timeout : timeouts) {
            List<LoadRequest> round = new ArrayList<>();
            round.add(timeout);
            round.add(new LoadRequest(MALFORMED, "unclosed pattern", "SELECT * WHERE { ?s ?p "));
            round.addAll(canned);
            round.add(new LoadRequest(MALFORMED, "misspelt keyword", "SELEC ?s WHERE { ?s ?p ?o }"));
            rounds.add(List.copyOf(round));
        }
        return rounds;
    }
}
