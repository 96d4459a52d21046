package org.fuliankg.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fuliankg.generate.ExampleArchive;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.SourceReport;
import org.fuliankg.source.TextExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages of a crawl, each decoded by the charset its server or markup declares. */
class WarcCapturesTest {

    @TempDir
    Path tmp;

    @Test
    void pagesAreReadWithTheCharsetOfTheirHeaderOrMetaTagAndTheirAddressAndCaptureTime() throws Exception {
        Path archive = tmp.resolve("crawl.warc.gz");
        ExampleArchive.write(archive);
        SourceReader reader = new SourceReader();
        List<SourceReport> pages = new ArrayList<>();
        try (WarcCaptures captures = WarcCaptures.open(archive, reader.maxBytes())) {
            for (Optional<WebCapture> page = captures.next(); page.isPresent(); page = captures.next()) {
                pages.add(reader.readWithReport(page.get()));
            }
            assertEquals(9, captures.passedOver().values().stream().mapToInt(Integer::intValue).sum(),
                    captures.passedOver().toString());
        }

        assertEquals(ExampleArchive.PAGES, pages.stream().map(p -> p.document().provenance().url()).toList());
        SourceReport utf8 = pages.get(0);
        SourceReport gbk = pages.get(1);
        SourceReport big5 = pages.get(2);
        assertTrue(utf8.notes().contains("charset UTF-8 from the HTTP header"), utf8.notes().toString());
        assertTrue(gbk.notes().contains("charset GB18030 from the HTTP header"), gbk.notes().toString());
        assertTrue(big5.notes().contains("charset Big5-HKSCS from the meta tag"), big5.notes().toString());
        assertTrue(gbk.document().text().contains("县妇联主席陈佳在开班仪式上表示"), gbk.document().text());
        assertTrue(big5.document().text().contains("縣婦聯主席羅敏為學員頒發結業證書"), big5.document().text());
        assertFalse(big5.document().text().contains("熱點排行"), big5.document().text());
        for (SourceReport page : pages) {
            assertEquals(TextExtraction.HTML_MAIN_CONTENT, page.document().provenance().extraction());
            assertTrue(page.document().provenance().captured().toString().startsWith("2024-06-01T08:00:0"));
            assertEquals(archive, page.document().path());
        }
        assertEquals("web/www.qinghe-women.example/news/show.asp?id=2087", gbk.document().provenance().name());
        assertEquals("2023-05-12", String.valueOf(utf8.document().provenance().published()));
        assertEquals(null, gbk.document().provenance().published());
    }

    @Test
    void addressesBecomeReadableNames() {
        assertEquals("web/www.example.cn/新闻/2023/a.htm",
                WebAddresses.documentName("https://www.example.cn/%E6%96%B0%E9%97%BB/2023/a.htm#top"));
        assertEquals("web/www.example.cn", WebAddresses.documentName("http://www.example.cn/"));
        assertEquals("web/www.example.cn/a%2Fb", WebAddresses.documentName("http://www.example.cn/a%2Fb"));
        assertEquals("web/www.example.cn/%C4%E3.htm", WebAddresses.documentName("http://www.example.cn/%C4%E3.htm"));
    }
}
