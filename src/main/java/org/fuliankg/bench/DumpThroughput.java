package org.fuliankg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fuliankg.bench.process.CsvRows;

/**
 * The streamed table dumps ({@code /kg/table/NAME.csv}) as a researcher's download sees them: rows per second from
 * the request to the last byte, counted as lines after the header ({@link CsvRows}).
 */
public final class DumpThroughput {

    /** One dump: its rows and seconds; rows -1 when it did not answer 200 or was cut short. */
    public record Rate(long rows, double seconds) {
        public double rowsPerSecond() {
            return rows < 0 ? Double.NaN : rows / seconds;
        }
    }

    private DumpThroughput() {}

    /** Each dump of {@code queryFiles} ({@code NAME.rq}) from the server at {@code datasetUrl}, one after another. */
    public static Map<String, Rate> measure(HttpClient http, String datasetUrl, List<String> queryFiles)
            throws InterruptedException {
        Map<String, Rate> rates = new LinkedHashMap<>();
        for (String file : queryFiles) {
            String name = file.replaceFirst("\\.rq$", "");
            long t0 = System.nanoTime();
            long rows = rows(http, URI.create(datasetUrl + "/table/" + name + ".csv"));
            rates.put(file, new Rate(rows, (System.nanoTime() - t0) / 1e9));
        }
        return rates;
    }

    private static long rows(HttpClient http, URI table) throws InterruptedException {
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(table).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long rows;
            try (InputStream body = response.body()) {
                rows = CsvRows.count(body);
            }
            return response.statusCode() == 200 ? rows : -1;
        } catch (IOException cutShort) { // an aborted stream: the dump hit the time limit
            return -1;
        }
    }
}
