package org.fuliankg.bench.process;

import java.io.IOException;
import java.io.InputStream;

/** The rows of a CSV table read to its end: lines after the header (the tables' values hold no line breaks). */
public final class CsvRows {

    private CsvRows() {}

    /** Reads {@code body} to its end; a table cut short (an aborted response) throws. */
    public static long count(InputStream body) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        for (int n; (n = body.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
        }
        return Math.max(0, lines - 1);
    }
}
