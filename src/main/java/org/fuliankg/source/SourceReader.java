package org.fuliankg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fuliankg.source.web.Article;
import org.fuliankg.source.web.HtmlArticle;
import org.fuliankg.source.web.WebCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a text file, a saved web page or a page captured in a web archive into a {@link SourceDocument}: refuses
 * empty, binary and data files (JSON, XML, CSV, office documents) from their first bytes, finds the charset (the
 * HTTP header's, a {@code <meta>} tag's, or detected: UTF-8, UTF-16, GB18030, Big5), takes the article out of
 * HTML pages and truncates huge inputs. Stateless and thread-safe.
 */
public final class SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(SourceReader.class);
    /** Longer texts are truncated: far beyond any news page, and it bounds memory and segmentation time. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    /** No supported encoding needs more than this many bytes per UTF-16 character. */
    private static final int MAX_BYTES_PER_CHAR = 4;

    private final int maxChars;
    private final EncodingDetector detector = new EncodingDetector();

    public SourceReader() {
        this(DEFAULT_MAX_CHARS);
    }

    /** @param maxChars texts longer than this (after decoding and HTML extraction) are truncated */
    public SourceReader(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The most bytes of one input (file or archived page) read; the rest only counts for the hash. */
    public int maxBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, (long) maxChars * MAX_BYTES_PER_CHAR);
    }

    public SourceDocument read(Path path) throws UnreadableSourceException {
        return readWithReport(path).document();
    }

    /** Reads like {@link #read} and also tells what was done: encoding guesses, replacements, HTML, truncation. */
    public SourceReport readWithReport(Path path) throws UnreadableSourceException {
        return readWithReport(path, path.getFileName().toString());
    }

    /** @param name the file's name in the corpus: its path relative to the input folder (see {@link Provenance#name}) */
    public SourceReport readWithReport(Path path, String name) throws UnreadableSourceException {
        RawFile raw = readBounded(path, maxBytes());
        Input input = new Input(path, path.getFileName().toString(), name, name, null, null, null);
        return read(input, raw.bytes(), raw.cut(), raw.sha256());
    }

    /** A page of a web archive; problems are reported against the archive, naming the page's address. */
    public SourceReport readWithReport(WebCapture page) throws UnreadableSourceException {
        Input input = new Input(page.archive(), page.url(), page.name(), page.url(), page.url(), page.captured(),
                page.contentType());
        return read(input, page.payload(), page.cut(), page.payloadSha256());
    }

    /** Where bytes come from: a file, or an archived page with its address, capture time and HTTP type. */
    private record Input(Path path, String fileName, String name, String sourceFile, String url,
                         Instant captured, String contentType) {
        UnreadableSourceException refused(String reason) {
            return new UnreadableSourceException(path, url == null ? reason : url + ": " + reason);
        }
    }

    private SourceReport read(Input input, byte[] bytes, boolean cut, String sha256) throws UnreadableSourceException {
        if (bytes.length == 0) throw input.refused("empty file");
        BinaryFormat binary = BinaryFormat.of(bytes);
        if (binary != null) throw input.refused("binary file (" + binary + ")");
        String data = StructuredFormat.of(bytes);
        if (data != null) throw input.refused(data + ": not a news text");

        EncodingDetector.Decoded decoded = decode(input, bytes, !cut);
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.add(0, "decoded as " + decoded.encoding());
        String text = decoded.text();
        if (text.isBlank()) throw input.refused("no text: only whitespace");

        Provenance provenance = new Provenance(input.name(), input.sourceFile(), input.url(), input.captured(), null,
                null, TextExtraction.PLAIN_TEXT);
        if (isHtml(input, text)) {
            Article article = HtmlArticle.read(text, input.url() == null ? "" : input.url());
            text = article.text();
            if (text.isBlank()) throw input.refused("HTML page without visible text");
            TextExtraction extraction = article.mainContent() ? TextExtraction.HTML_MAIN_CONTENT : TextExtraction.HTML_VISIBLE_TEXT;
            notes.add(article.mainContent() ? "HTML page: article extracted" : "HTML page without an article: visible text extracted");
            String url = input.url() != null ? input.url() : article.url();
            provenance = new Provenance(input.name(), input.sourceFile(), url, input.captured(), article.published(),
                    article.site(), extraction);
        }
        if (text.length() > maxChars || cut) {
            text = truncate(text, maxChars);
            notes.add("truncated at " + text.codePointCount(0, text.length()) + " characters");
        }
        for (String note : notes) LOG.debug("{}: {}", input.url() != null ? input.url() : input.path(), note);
        SourceDocument document = new SourceDocument(input.fileName(), input.path(), text, decoded.encoding(), sha256,
                provenance);
        return new SourceReport(document, notes);
    }

    /** The charset declared in the HTTP header, else in a meta tag, else detected from the bytes. */
    private EncodingDetector.Decoded decode(Input input, byte[] bytes, boolean complete) throws UnreadableSourceException {
        Optional<Charset> header = DeclaredCharset.ofContentType(input.contentType());
        if (header.isPresent()) {
            EncodingDetector.Decoded declared = detector.declared(bytes, complete, header.get(), "HTTP header");
            if (declared != null) return declared;
        }
        Optional<Charset> meta = DeclaredCharset.ofMeta(bytes);
        if (meta.isPresent()) {
            EncodingDetector.Decoded declared = detector.declared(bytes, complete, meta.get(), "meta tag");
            if (declared != null) return declared;
        }
        try {
            return detector.decode(bytes, complete);
        } catch (EncodingDetector.Refused e) {
            throw input.refused(e.getMessage());
        }
    }

    /** HTML by its HTTP type, or by its markup (saved pages, and text/plain records holding HTML). */
    private static boolean isHtml(Input input, String text) {
        String type = input.contentType() == null ? "" : input.contentType().toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml") || HtmlArticle.isHtml(text);
    }

    /** The bytes of a file up to {@code maxBytes}, whether it was cut there, and the hash of the whole file. */
    private record RawFile(byte[] bytes, boolean cut, String sha256) {}

    private static RawFile readBounded(Path path, int maxBytes) throws UnreadableSourceException {
        if (!Files.exists(path)) throw new UnreadableSourceException(path, "no such file (or a broken link)");
        if (!Files.isRegularFile(path)) throw new UnreadableSourceException(path, "not a regular file");
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            byte[] bytes = in.readNBytes(maxBytes);
            boolean cut = in.transferTo(OutputStream.nullOutputStream()) > 0; // the rest only counts for the hash
            return new RawFile(bytes, cut, HexFormat.of().formatHex(digest.digest()));
        } catch (AccessDeniedException e) {
            throw new UnreadableSourceException(path, "cannot read: permission denied");
        } catch (IOException e) {
            throw new UnreadableSourceException(path, "cannot read: " + e);
        }
    }

    /** At most {@code maxChars} UTF-16 units, never cutting a surrogate pair. */
    private static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) return text;
        int end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
