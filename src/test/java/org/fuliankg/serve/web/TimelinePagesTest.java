package org.fuliankg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.TimelineStore;
import org.fuliankg.serve.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline on entity pages over the invented 2019–2024 items, served by the real server. */
class TimelinePagesTest {

    private static final Pattern ENTRY = Pattern.compile(
            "<li class=\"(dated|undated)\">(?:<time class=\"when\" datetime=\"([0-9-]+)\">)?.*?<a class=\"post\" href=\"[^\"]+\">([^<]+)</a>"
                    + ".*?来源 / Source: <a href=\"([^\"]+)\">");

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        server = KgServer.start(TimelineStore.dataset(), "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theCityPageOfAMergedChairShowsHerWholeTimelineOldestFirst() throws Exception {
        // the IRI of her city posts; her province post was stated under the province's IRI, merged by hierarchy
        assertEquals(List.of("2019-06-12 赣州市妇联 主席 · 林秀英 /id/doc/t1_executive_meeting.txt",
                        "2022-11-20 赣州市妇联 主席 · 林秀英 /id/doc/t2_field_visit.txt",
                        "2022-11-20 赣州市妇联 党组书记 · 林秀英 /id/doc/t2_field_visit.txt",
                        "2024-03-01 江西省妇联 副主席 · 林秀英 /id/doc/t3_new_vice_chair.txt"),
                entries("/id/person/360700-" + enc("妇联") + "/" + enc("林秀英")));
    }

    @Test
    void aFederationPageListsThePostsAttestedInIt() throws Exception {
        List<String> entries = entries("/id/org/360000-" + enc("妇联"));
        assertEquals(5, entries.size(), entries.toString()); // 周丽萍 ×2 in 2019 and 2022, 林秀英 in 2024
        assertEquals("2024-03-01 江西省妇联 副主席 · 林秀英 /id/doc/t3_new_vice_chair.txt", entries.get(4));
    }

    private static List<String> entries(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/html").GET().build();
        var response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), path);
        String body = response.body();
        assertTrue(body.contains("<ol class=\"timeline\">"), body);
        String timeline = body.substring(body.indexOf("<ol class=\"timeline\">"), body.indexOf("</ol>"));
        List<String> entries = new ArrayList<>();
        for (String li : timeline.split("(?=<li )")) {
            Matcher m = ENTRY.matcher(li);
            if (m.find()) entries.add(m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        return entries;
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
