package org.fuliankg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the encoding of a Chinese text file and decodes it: UTF-8 (with or without BOM), UTF-16 (BOM, or
 * BOM-less: the byte order that decodes to plausible Chinese text), GB18030 (which covers GBK and GB2312) and
 * Big5.
 * Anything else is refused with the reason.
 */
final class EncodingDetector {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** A UTF-8 file may have this share of its non-ASCII bytes broken and still be read (with replacements). */
    private static final double MAX_INVALID_UTF8_SHARE = 0.1;
    /** Of the non-ASCII characters of a real Chinese text, at least this share are CJK characters or punctuation. */
    private static final double MIN_CHINESE_SHARE = 0.9;
    /** Share of characters that must be ordinary text when the byte order of UTF-16 is guessed. */
    private static final double MIN_PLAUSIBLE_SHARE = 0.95;

    /** The decoded text, the charset's name and notes on anything lossy or unusual. */
    record Decoded(String text, String encoding, List<String> notes) {}

    /** Why a file could not be decoded; the reader turns it into an {@link UnreadableSourceException}. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason);
        }
    }

    /**
     * @param complete false when {@code bytes} is only the beginning of the file: an incomplete character at the
     *                 end is then dropped instead of refused
     */
    Decoded decode(byte[] bytes, boolean complete) throws Refused {
        BinaryFormat binary = BinaryFormat.of(bytes);
        if (binary != null) throw new Refused("binary file (" + binary + ")");
        List<String> notes = new ArrayList<>();

        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            Attempt utf8 = Attempt.of(bytes, 3, StandardCharsets.UTF_8, complete);
            if (!isMostlyValidUtf8(utf8, bytes))
                throw new Refused("not valid UTF-8 although it starts with a UTF-8 byte order mark");
            return utf8(utf8, notes);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE, complete, notes);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE, complete, notes);

        boolean hasNul = indexOfNul(bytes) >= 0;
        if (hasNul) {
            // ASCII in UTF-16 has a NUL in every other byte; other files with NULs are binary
            Decoded utf16 = utf16WithoutBom(bytes, complete, notes);
            if (utf16 != null) return utf16;
            throw new Refused("binary file (contains NUL bytes)");
        }

        Attempt utf8 = Attempt.of(bytes, 0, StandardCharsets.UTF_8, complete);
        if (isMostlyValidUtf8(utf8, bytes)) return utf8(utf8, notes);

        Attempt gb = Attempt.of(bytes, 0, GB18030, complete);
        if (gb.invalidBytes() == 0 && looksChinese(gb.text())) return new Decoded(gb.text(), "GB18030", notes);
        // traditional-character pages from Taiwan and Hong Kong; tried after GB18030, which is far more common here
        Attempt big5 = Attempt.of(bytes, 0, BIG5, complete);
        if (big5.invalidBytes() == 0 && looksChinese(big5.text())) return new Decoded(big5.text(), "Big5", notes);

        // UTF-16 Chinese without any ASCII has no NUL bytes at all
        Decoded utf16 = utf16WithoutBom(bytes, complete, notes);
        if (utf16 != null) return utf16;
        throw new Refused("unknown encoding: neither UTF-8, UTF-16, GB18030 nor Big5 Chinese text");
    }

    /**
     * Decodes with the charset a page declares ({@code where}: "HTTP header", "meta tag"); null when the bytes are
     * not in that charset (a wrong declaration: the caller detects instead). A byte order mark overrides any
     * declaration, as in browsers.
     */
    Decoded declared(byte[] bytes, boolean complete, Charset charset, String where) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) return null;
        Attempt attempt = Attempt.of(bytes, 0, charset, complete);
        if (attempt.invalidBytes() > MAX_INVALID_UTF8_SHARE * nonAsciiBytes(bytes)) return null;
        List<String> notes = new ArrayList<>();
        notes.add("charset " + charset.name() + " from the " + where);
        if (attempt.invalidBytes() > 0) notes.add(attempt.invalidBytes() + " invalid " + charset.name() + " bytes replaced by U+FFFD");
        return new Decoded(attempt.text(), charset.name(), notes);
    }

    /** UTF-8 with a few broken bytes (a damaged file), not text in another encoding where most would break. */
    private static boolean isMostlyValidUtf8(Attempt utf8, byte[] bytes) {
        return utf8.invalidBytes() <= MAX_INVALID_UTF8_SHARE * nonAsciiBytes(bytes);
    }

    private static Decoded utf8(Attempt attempt, List<String> notes) {
        if (attempt.invalidBytes() > 0)
            notes.add(attempt.invalidBytes() + " invalid UTF-8 bytes replaced by U+FFFD");
        return new Decoded(attempt.text(), "UTF-8", notes);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, boolean complete, List<String> notes)
            throws Refused {
        Attempt attempt = Attempt.of(bytes, offset, charset, complete);
        if (attempt.invalidBytes() > 0) throw new Refused("not valid " + charset + " (" + attempt.invalidBytes()
                + " invalid bytes)");
        return new Decoded(attempt.text(), charset.name(), notes);
    }

    /** UTF-16 without byte order mark: the byte order under which the file reads as plausible Chinese text. */
    private static Decoded utf16WithoutBom(byte[] bytes, boolean complete, List<String> notes) {
        if (complete && bytes.length % 2 != 0) return null;
        for (Charset candidate : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Attempt attempt = Attempt.of(bytes, 0, candidate, complete);
            if (attempt.invalidBytes() == 0 && isPlausibleText(attempt.text()) && looksChinese(attempt.text())) {
                notes.add("no byte order mark: read as " + candidate + " from its characters");
                return new Decoded(attempt.text(), candidate.name(), notes);
            }
        }
        return null;
    }

    /** Nearly all characters are printable ASCII, line breaks, Chinese characters or Chinese punctuation. */
    private static boolean isPlausibleText(String text) {
        int all = 0;
        int plausible = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            all++;
            if ((cp >= 0x20 && cp < 0x7F) || cp == '\n' || cp == '\r' || cp == '\t'
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || isChinesePunctuation(cp))
                plausible++;
        }
        return plausible >= MIN_PLAUSIBLE_SHARE * all;
    }

    static boolean looksChinese(String text) {
        int nonAscii = 0;
        int chinese = 0;
        int ideographs = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) continue;
            nonAscii++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                ideographs++;
                chinese++;
            } else if (isChinesePunctuation(cp)) {
                chinese++;
            }
        }
        return ideographs > 0 && chinese >= MIN_CHINESE_SHARE * nonAscii;
    }

    private static boolean isChinesePunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) // 、。〈〉《》「」【】
                || (cp >= 0xFF00 && cp <= 0xFFEF) // full-width forms
                || (cp >= 0x2010 && cp <= 0x206F) // — … “ ” ‘ ’
                || cp == 0x00B7 || cp == 0x00D7 || cp == 0x00A0 || cp == 0xFEFF;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    private static int nonAsciiBytes(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) if (b < 0) count++;
        return count;
    }

    /** One decoding with a charset; invalid input is replaced by U+FFFD and counted. */
    private record Attempt(String text, int invalidBytes) {
        static Attempt of(byte[] bytes, int offset, Charset charset, boolean complete) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            // none of the accepted charsets yields more characters than bytes, plus one U+FFFD per invalid run
            CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
            int invalid = 0;
            while (true) {
                CoderResult result = decoder.decode(in, out, complete);
                if (result.isUnderflow()) break;
                if (result.isOverflow()) throw new IllegalStateException("decoder output overflow");
                invalid += result.length();
                in.position(in.position() + result.length());
                out.put('\uFFFD');
            }
            if (complete) decoder.flush(out);
            return new Attempt(out.flip().toString(), invalid);
        }
    }
}
