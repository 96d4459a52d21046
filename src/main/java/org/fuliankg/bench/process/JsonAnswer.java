package org.fuliankg.bench.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * What a client learns from reading a SPARQL JSON answer to its end, without parsing it into values (the client
 * must not slow the measured server down): whether it is complete, and how many rows it holds.
 *
 * @param complete the body ends with the brace closing its object: Fuseki cuts a streaming answer short when the
 *                 timeout strikes
 * @param rows     the objects of the {@code bindings} array (objects nested three deep: answer → results → row)
 */
public record JsonAnswer(boolean complete, long rows) {

    private static final int ROW_DEPTH = 3;

    public static JsonAnswer read(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int depth = 0;
        long rows = 0;
        boolean inString = false;
        boolean escaped = false;
        int last = -1;
        for (int n; (n = body.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b > ' ') last = b; // JSON's whitespace is ASCII up to the space; other characters' bytes are < 0
                if (inString) {
                    if (escaped) escaped = false;
                    else if (b == '\\') escaped = true;
                    else if (b == '"') inString = false;
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{') {
                    if (++depth == ROW_DEPTH) rows++;
                } else if (b == '}') {
                    depth--;
                }
            }
        }
        return new JsonAnswer(last == '}' && depth == 0 && !inString, rows);
    }

    /**
     * Whether an answer read to its end closes with a brace, its rows not counted: a load generator's check, which
     * must cost the client little (eight clients scanning the ledger's 61 MB took four fifths of each request's CPU
     * and, sharing the server's cores, most of its measured latency). Weaker than {@link #read}'s but enough for a
     * cut answer: Fuseki ends a cancelled one with a message, and a body cut short in transit fails to read (a
     * chunk or length short, a gzip stream without its trailer) before this sees its end.
     */
    public static boolean ends(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int last = -1;
        for (int n; (n = body.read(buffer)) > 0; ) {
            for (int i = n - 1; i >= 0; i--) {
                if (buffer[i] > ' ' || buffer[i] < 0) {
                    last = buffer[i];
                    break;
                }
            }
        }
        return last == '}';
    }
}
