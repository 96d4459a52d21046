package org.fuliankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'serve' write options as a user meets them: usage errors, and a real server process that never logs passwords. */
class ServeCommandTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "Pa55-word-不要记录-7431";

    @TempDir
    Path tmp;

    @Test
    void allowUpdateWithoutAPasswordFileIsAUsageError() throws IOException {
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        Path empty = Files.writeString(tmp.resolve("empty"), "# nobody yet\n");
        for (List<String> args : List.of(List.of("--allow-update"), List.of("--password-file", passwords.toString()),
                List.of("--allow-update", "--password-file", tmp.resolve("missing").toString()),
                List.of("--allow-update", "--password-file", empty.toString()), List.of("--max-rows", "0"),
                List.of("--queries", tmp.resolve("no-such-folder").toString()))) {
            var err = new ByteArrayOutputStream();
            List<String> command = new ArrayList<>(List.of("serve", "--data", tmp.resolve("data").toString()));
            command.addAll(args);
            int code = Main.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    command.toArray(String[]::new));
            String message = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, code, args + ": " + message);
            assertTrue(message.contains(args.get(0)) && message.contains("Usage:"), message);
            assertFalse(Files.exists(tmp.resolve("data")), "nothing is built on a usage error");
        }
    }

    @Test
    void aVerboseServerWithWritesNeverPrintsThePassword() throws Exception {
        Path input = Files.writeString(tmp.resolve("news.txt"), "成都市妇联召开会议。\n", StandardCharsets.UTF_8);
        Path passwords = Files.writeString(tmp.resolve("passwords"), USER + ": " + PASSWORD + "\n");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--verbose",
                "--allow-update", "--password-file", passwords.toString(), "--port", "0", "--threads", "1",
                "--data", tmp.resolve("data").toString(), input.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            String dataset = datasetUrl(out, serve);
            String login = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            String wrong = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD + "x").getBytes(StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();
            var update = http.send(HttpRequest.newBuilder(URI.create(dataset + "/update")).header("Authorization", login)
                    .header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString("INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> 1 } }")).build(),
                    BodyHandlers.ofString());
            assertEquals(2, update.statusCode() / 100, update.body());
            var refused = http.send(HttpRequest.newBuilder(URI.create(dataset + "/update")).header("Authorization", wrong)
                    .header("Content-Type", "application/sparql-update")
                    .POST(BodyPublishers.ofString("CLEAR ALL")).build(), BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            var read = http.send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query="
                    + URLEncoder.encode("ASK { <urn:example:s> ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Authorization", login).GET().build(), BodyHandlers.ofString());
            assertTrue(read.body().contains("true"), read.body());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
            serve.destroyForcibly();
        }
        String printed = Files.readString(out) + Files.readString(err);
        assertTrue(printed.contains("Authorization:"), "the verbose log shows request headers:\n" + printed);
        for (String secret : List.of(PASSWORD, Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))) {
            assertFalse(printed.contains(secret), "printed: " + secret + "\n" + printed);
        }
    }

    /** Waits for the server's first line (printed once it is ready) and reads the dataset URL from it. */
    private static String datasetUrl(Path out, Process serve) throws IOException, InterruptedException {
        for (int wait = 0; wait < 1200 && serve.isAlive(); wait++) {
            Optional<String> line = Files.readAllLines(out).stream().filter(l -> l.startsWith("SPARQL endpoint")).findFirst();
            if (line.isPresent()) {
                String url = line.get().replaceAll(".*(http://\\S+)/sparql.*", "$1");
                return url;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + Files.readString(out));
    }
}
