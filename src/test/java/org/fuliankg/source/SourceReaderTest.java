package org.fuliankg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceReaderTest {
    private static final String TEXT = "四川省妇联“春蕾计划”2022年筹集善款184万余元,资助女童1200名。\n巾帼建功新时代!";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void plainUtf8IsReadAsIsWithTheHashOfItsBytes() throws Exception {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        SourceDocument doc = reader.read(write("a.txt", bytes));
        assertEquals(TEXT, doc.text());
        assertEquals("UTF-8", doc.encoding());
        assertEquals("a.txt", doc.fileName());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), doc.contentHash());
    }

    @Test
    void everySupportedEncodingDecodesToTheSameText() throws Exception {
        assertDecodes(concat(UTF8_BOM, TEXT.getBytes(StandardCharsets.UTF_8)), "UTF-8");
        assertDecodes(TEXT.getBytes(Charset.forName("GB18030")), "GB18030");
        assertDecodes(TEXT.getBytes(Charset.forName("GBK")), "GB18030");
        assertDecodes(concat(UTF16LE_BOM, TEXT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE");
        assertDecodes(concat(UTF16BE_BOM, TEXT.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE");
        assertDecodes(TEXT.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE");
        assertDecodes(TEXT.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE");
    }

    @Test
    void utf16WithoutBomAndWithoutAnyAsciiIsRecognised() throws Exception {
        String chinese = "妇女联合会开展巾帼建功活动,关爱困难妇女和儿童。".replace(',', '，');
        assertEquals(chinese, reader.read(write("c.txt", chinese.getBytes(StandardCharsets.UTF_16BE))).text());
        assertEquals(chinese, reader.read(write("d.txt", chinese.getBytes(StandardCharsets.UTF_16LE))).text());
    }

    @Test
    void aFewInvalidUtf8BytesAreReplacedAndReported() throws Exception {
        byte[] good = (TEXT + TEXT + TEXT).getBytes(StandardCharsets.UTF_8);
        byte[] broken = concat(good, new byte[] {(byte) 0xE5, '!'});
        SourceReport report = reader.readWithReport(write("b.txt", broken));
        assertEquals("UTF-8", report.document().encoding());
        assertTrue(report.document().text().endsWith("\uFFFD!"));
        assertTrue(report.notes().contains("1 invalid UTF-8 bytes replaced by U+FFFD"),
                report.notes().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n\t\r\n  "})
    void emptyAndWhitespaceFilesAreRefused(String content) throws IOException {
        Path file = write("empty.txt", content.getBytes(StandardCharsets.UTF_8));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void binaryFilesAreRefusedWithTheirFormat() throws IOException {
        assertRefused(concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), TEXT.getBytes(StandardCharsets.UTF_8)),
                "binary file (PDF)");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, "binary file (PNG)");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}, "binary file (JPEG)");
        assertRefused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "binary file (GIF)");
        assertRefused(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, "binary file (ZIP)");
        assertRefused(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}, "binary file (GZIP)");
        assertRefused(new byte[] {'a', 'b', 0, 1, 2, 3, (byte) 0xFF, 0, 0, 0, 7}, "binary file (contains NUL bytes)");
    }

    @Test
    void missingFilesDirectoriesAndLinkLoopsAreRefused() throws IOException {
        Path missing = dir.resolve("missing.txt");
        assertEquals(missing + ": no such file (or a broken link)",
                assertThrows(UnreadableSourceException.class, () -> reader.read(missing)).getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertEquals(folder + ": not a regular file",
                assertThrows(UnreadableSourceException.class, () -> reader.read(folder)).getMessage());
        Path loop = dir.resolve("loop");
        Files.createSymbolicLink(loop, loop);
        assertThrows(UnreadableSourceException.class, () -> reader.read(loop));
    }

    @Test
    void textInNoSupportedEncodingIsRefused() throws IOException {
        byte[] latin1 = "Ça coûte très cher à Zürich, où l'été est là.".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, "unknown encoding: neither UTF-8, UTF-16, GB18030 nor Big5 Chinese text");
    }

    @Test
    void htmlPagesGiveTheirVisibleText() throws Exception {
        String html = """
                <!DOCTYPE html>
                <html><head><title>标题</title><style>p { color: red; }</style>
                <script>var x = "<p>不可见</p>";</script></head>
                <body><header>网站首页 | 登录</header><nav><a href="/">首页</a></nav>
                <!-- 注释 -->
                <h1>成都市妇联开展&ldquo;春蕾计划&rdquo;活动</h1>
                <div class="content"><p>&nbsp;&nbsp;记者 张三&nbsp;报道</p>
                <p>共资助女童<b>1200</b>名,
                   筹集善款&#49;&#x38;4万余元 &amp; 物资。</p></div>
                <footer>版权所有 &copy; 2023</footer></body></html>
                """;
        SourceReport report = reader.readWithReport(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("成都市妇联开展“春蕾计划”活动\n记者 张三\u00A0报道\n共资助女童1200名, 筹集善款184万余元 & 物资。",
                report.document().text());
        assertTrue(report.notes().contains("HTML page without an article: visible text extracted"), report.notes().toString());
        assertEquals(TextExtraction.HTML_VISIBLE_TEXT, report.document().provenance().extraction());
    }

    @Test
    void htmlInGb18030IsDecodedFirst() throws Exception {
        String html = "<html><body><p>全国妇联</p><p>巾帼</p></body></html>";
        SourceDocument doc = reader.read(write("gb.htm", html.getBytes(Charset.forName("GB18030"))));
        assertEquals("全国妇联\n巾帼", doc.text());
        assertEquals("GB18030", doc.encoding());
    }

    @Test
    void plainTextWithAFewAngleBracketsIsNotHtml() throws Exception {
        String text = "《条例》规定 a<b 且 <妇女> 权益受保护。";
        assertEquals(text, reader.read(write("t.txt", text.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void hugeFilesAreTruncatedAndSaySo() throws Exception {
        String line = "妇联组织关爱困难妇女儿童。\n";
        byte[] bytes = line.repeat(1000).getBytes(StandardCharsets.UTF_8);
        SourceReport report = new SourceReader(100).readWithReport(write("big.txt", bytes));
        assertEquals(100, report.document().text().length());
        assertTrue(report.notes().contains("truncated at 100 characters"), report.notes().toString());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                report.document().contentHash(), "the hash covers the whole file");
    }

    @Test
    void smallFilesAreNotReportedAsTruncated() throws Exception {
        SourceReport report = reader.readWithReport(write("s.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertFalse(report.notes().stream().anyMatch(n -> n.startsWith("truncated")));
        assertEquals("decoded as UTF-8", report.notes().get(0));
    }

    private void assertDecodes(byte[] bytes, String encoding) throws Exception {
        SourceDocument doc = reader.read(write("enc-" + encoding + ".txt", bytes));
        assertEquals(TEXT, doc.text(), encoding);
        assertEquals(encoding, doc.encoding());
    }

    private void assertRefused(byte[] bytes, String reason) throws IOException {
        Path file = write("refused.bin", bytes);
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file));
        assertEquals(file + ": " + reason, e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
