package org.fuliankg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An answer as written, up to a bound: past it the bytes are dropped, {@link #overflowed()} says so and the write
 * that passed it throws {@link Overflow}, so that the writer stops there. Kept in
 * chunks, each as large as all before it (8 KB to 1 MB), the last trimmed by {@link #close()}: a 60 MB answer in
 * one growing array would be copied on every doubling and briefly take three times its size, and a 1 MB chunk
 * for a 500-byte answer would waste the rest.
 */
final class AnswerBytes extends OutputStream {

    private static final int FIRST = 8 << 10, LARGEST = 1 << 20;

    private final long bound;
    private final List<byte[]> chunks = new ArrayList<>();
    private int fill; // bytes used in the last chunk
    private long size;
    private boolean overflowed;

    /** @param bound the most bytes kept */
    AnswerBytes(long bound) {
        this.bound = bound;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (overflowed) return;
        if (size + length > bound) {
            overflowed = true;
            chunks.clear();
            throw new Overflow();
        }
        while (length > 0) {
            if (chunks.isEmpty() || fill == chunks.get(chunks.size() - 1).length) {
                chunks.add(new byte[(int) Math.min(LARGEST, Math.max(FIRST, size))]);
                fill = 0;
            }
            byte[] last = chunks.get(chunks.size() - 1);
            int n = Math.min(length, last.length - fill);
            System.arraycopy(bytes, offset, last, fill, n);
            fill += n;
            size += n;
            offset += n;
            length -= n;
        }
    }

    /** Thrown by the write that passes the bound (once: later writes are dropped silently). */
    static final class Overflow extends RuntimeException {
        Overflow() {
            super("over the bound of a kept answer", null, false, false);
        }
    }

    /** Trims the last chunk to the bytes written: the kept answer takes its size. */
    @Override
    public void close() {
        if (!chunks.isEmpty()) chunks.set(chunks.size() - 1, Arrays.copyOf(chunks.get(chunks.size() - 1), fill));
    }

    /** True when more than the bound was written: nothing is kept. */
    boolean overflowed() {
        return overflowed;
    }

    long size() {
        return size;
    }

    /** Writes the kept bytes to {@code out} (after {@link #close()}). */
    void writeTo(OutputStream out) throws IOException {
        for (byte[] chunk : chunks) out.write(chunk);
    }

    /** The kept bytes as a stream (after {@link #close()}). */
    InputStream read() {
        return new SequenceInputStream(Collections.enumeration(chunks.stream().map(ByteArrayInputStream::new).toList()));
    }

    /** The SHA-256 of {@code prefix} and the kept bytes (after {@link #close()}), in hex: a name for them. */
    String sha256(String prefix) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
        digest.update(prefix.getBytes(StandardCharsets.UTF_8));
        for (byte[] chunk : chunks) digest.update(chunk);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The kept bytes gzip-compressed at the fastest level (a table's JSON shrinks about tenfold), closed. */
    AnswerBytes gzipped() {
        AnswerBytes packed = new AnswerBytes(Long.MAX_VALUE);
        try (OutputStream gzip = new FastGzip(packed)) {
            writeTo(gzip);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory); // no I/O: memory to memory
        }
        return packed;
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
