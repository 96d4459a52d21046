package org.fuliankg.source.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * The pages of a WARC archive (plain or gzipped, as Heritrix, Browsertrix, wget and Common Crawl write them), read
 * one record at a time: every response record with HTTP status 200 and an HTML or plain-text payload is a page.
 * Everything else is passed over and counted by reason: other record types, revisits, redirects, error statuses,
 * images, scripts and style sheets, and repeated captures of one address with the same payload. A later capture
 * of an address with different content is a page of its own, named with its capture time. Not thread-safe.
 */
public final class WarcCaptures implements Closeable {

    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    private static final byte[] WARC_MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final Path archive;
    private final int maxBytes;
    private final WarcReader reader;
    private final Map<String, Integer> counts = new TreeMap<>();
    /** Address → payload digests seen (with the name each got): a repeat is passed over. */
    private final Map<String, Map<String, String>> seen = new HashMap<>();

    private WarcCaptures(Path archive, int maxBytes) throws IOException {
        this.archive = archive;
        this.maxBytes = maxBytes;
        this.reader = new WarcReader(archive);
        reader.setLenient(true); // real crawls have minor header faults; a record is still readable
    }

    /** @param maxBytes payload bytes read per page; the rest is cut (and reported by the reader) */
    public static WarcCaptures open(Path archive, int maxBytes) throws IOException {
        return new WarcCaptures(archive, maxBytes);
    }

    /** Whether a file is a WARC archive: by its name (.warc, .warc.gz) or its first bytes, gzipped or not. */
    public static boolean isWarc(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return true;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(WARC_MAGIC.length);
            if (startsWith(head, WARC_MAGIC)) return true;
            if (head.length < 2 || (head[0] & 0xFF) != 0x1F || (head[1] & 0xFF) != 0x8B) return false;
        } catch (IOException | RuntimeException unreadable) {
            return false; // reading it as a document reports why
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return startsWith(in.readNBytes(WARC_MAGIC.length), WARC_MAGIC);
        } catch (IOException | RuntimeException notGzipWarc) {
            return false;
        }
    }

    /** The next page, or empty at the end of the archive. */
    public Optional<WebCapture> next() throws IOException {
        while (true) {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) return Optional.empty();
            Optional<WebCapture> page = page(next.get());
            if (page.isPresent()) return page;
        }
    }

    /** Records passed over, by reason ("HTTP 404", "not a page (image/png)" …), sorted by reason. */
    public Map<String, Integer> passedOver() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    private Optional<WebCapture> page(WarcRecord record) throws IOException {
        if (record instanceof WarcRevisit) return passOver("revisit records (repeated captures)");
        if (!(record instanceof WarcResponse response)) return passOver(record.type() + " records");
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | IllegalArgumentException notHttp) {
            return passOver("responses that are not HTTP");
        }
        int status = http.status();
        if (status >= 300 && status < 400) return passOver("redirects (HTTP 3xx)");
        if (status != 200) return passOver("HTTP " + status);
        MediaType type = http.contentType();
        String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
        if (!PAGE_TYPES.contains(base)) return passOver("not a page (" + (base.isEmpty() ? "no type" : base) + ")");

        MessageDigest sha256 = sha256();
        byte[] payload;
        boolean cut;
        try (InputStream in = new DigestInputStream(http.bodyDecoded().stream(), sha256)) {
            payload = in.readNBytes(maxBytes);
            cut = in.transferTo(OutputStream.nullOutputStream()) > 0;
        }
        String digest = HexFormat.of().formatHex(sha256.digest());
        String url = response.target();
        Map<String, String> captures = seen.computeIfAbsent(url, u -> new HashMap<>());
        if (captures.containsKey(digest)) return passOver("repeated captures (same address and content)");
        String name = WebAddresses.documentName(url);
        if (!captures.isEmpty()) name = WebAddresses.laterCaptureName(name, response.date());
        captures.put(digest, name);
        String contentType = http.headers().first("Content-Type").orElse(null);
        return Optional.of(new WebCapture(archive, url, response.date(), contentType, payload, cut, digest, name));
    }

    private Optional<WebCapture> passOver(String reason) {
        counts.merge(reason, 1, Integer::sum);
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
