package org.fuliankg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fuliankg.normalise.TextNormaliser;
import org.junit.jupiter.api.Test;

/** The committed bad-input corpus: every file is either read or refused with a reason, never anything else. */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/badinput");
    private static final String SENTENCE = "河源市妇联党组书记、主席陈小红表示,今年全市共筹集春蕾计划善款120万元,资助困境女童300名。";
    private static final Set<String> REFUSED = Set.of("01_empty.txt", "02_whitespace_only.txt", "03_pdf_document.txt",
            "04_png_image.txt", "05_jpeg_image.jpg", "06_gif_image.txt", "07_docx_as_txt.txt", "08_zip_archive.zip",
            "09_gzip_text.txt.gz", "10_random_binary.bin", "11_elf_executable", "29_latin1_french.txt",
            "30_nul_bytes_in_text.txt", "32_rtf_document.rtf", "36_json_file.json");

    private final SourceReader reader = new SourceReader();
    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void everyFileIsReadOrRefusedWithItsName() throws IOException {
        for (Path file : files()) {
            String name = file.getFileName().toString();
            if (REFUSED.contains(name)) {
                UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> reader.read(file),
                        name);
                assertTrue(e.getMessage().contains(name), e.getMessage());
            } else {
                assertDoesNotThrow(file);
            }
        }
    }

    @Test
    void everyEncodingOfTheSameSentenceReadsTheSame() throws Exception {
        for (String name : List.of("12_gb18030.txt", "14_utf16le_bom.txt", "15_utf16be_bom.txt",
                "16_utf16le_no_bom.txt", "17_utf8_bom.txt", "20_html_page.html", "21_html_as_txt.txt",
                "28_big5_traditional.txt")) {
            String text = normaliser.normalise(reader.read(CORPUS.resolve(name)).text()).text();
            assertTrue(text.contains(SENTENCE), name + ": " + text);
            assertFalse(text.matches("(?s).*<[a-zA-Z/!].*"), name + " still has markup: " + text);
            for (String hidden : List.of("假名字", "王假名", "首页", "版权所有", "document.write"))
                assertFalse(text.contains(hidden), name + " shows invisible text " + hidden);
        }
    }

    @Test
    void brokenUtf8IsReadWithTheDamageReported() throws Exception {
        for (String name : List.of("18_utf8_invalid_bytes.txt", "19_utf8_truncated_multibyte.txt")) {
            SourceReport report = reader.readWithReport(CORPUS.resolve(name));
            assertEquals("UTF-8", report.document().encoding());
            assertTrue(report.notes().stream().anyMatch(n -> n.endsWith("invalid UTF-8 bytes replaced by U+FFFD")),
                    report.notes().toString());
        }
    }

    private void assertDoesNotThrow(Path file) {
        try {
            SourceDocument doc = reader.read(file);
            assertFalse(doc.text().isBlank(), file.toString());
        } catch (UnreadableSourceException e) {
            throw new AssertionError("expected " + file + " to be read: " + e.getMessage(), e);
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
        }
    }
}
