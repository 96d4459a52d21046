package org.fuliankg.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a text file into a {@link SourceDocument}: finds its encoding (UTF-8, UTF-16, GB18030), refuses empty
 * and binary files, takes the visible text of HTML pages and truncates huge files. Stateless and thread-safe.
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

    public SourceDocument read(Path path) throws UnreadableSourceException {
        return readWithReport(path).document();
    }

    /** Reads like {@link #read} and also tells what was done: encoding guesses, replacements, HTML, truncation. */
    public SourceReport readWithReport(Path path) throws UnreadableSourceException {
        long maxBytes = (long) maxChars * MAX_BYTES_PER_CHAR;
        RawFile raw = readBounded(path, (int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
        if (raw.bytes().length == 0) throw new UnreadableSourceException(path, "empty file");

        EncodingDetector.Decoded decoded;
        try {
            decoded = detector.decode(raw.bytes(), !raw.cut());
        } catch (EncodingDetector.Refused e) {
            throw new UnreadableSourceException(path, e.getMessage());
        }
        List<String> notes = new ArrayList<>(decoded.notes());
        notes.add(0, "decoded as " + decoded.encoding());
        String text = decoded.text();
        if (text.isBlank()) throw new UnreadableSourceException(path, "no text: only whitespace");
        if (HtmlText.isHtml(text)) {
            text = HtmlText.visibleText(text);
            if (text.isBlank()) throw new UnreadableSourceException(path, "HTML page without visible text");
            notes.add("HTML page: visible text extracted");
        }
        if (text.length() > maxChars || raw.cut()) {
            text = truncate(text, maxChars);
            notes.add("truncated at " + text.codePointCount(0, text.length()) + " characters");
        }
        for (String note : notes) LOG.debug("{}: {}", path, note);
        SourceDocument document = new SourceDocument(path.getFileName().toString(), path, text, decoded.encoding(),
                raw.sha256());
        return new SourceReport(document, notes);
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
