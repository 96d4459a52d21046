package org.fuliankg.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a web page declares: in its HTTP Content-Type header or, as browsers read it, in a {@code <meta>}
 * tag among its first bytes. Declared names are widened to the superset pages really use: GB2312 and GBK pages
 * hold GB18030 characters, Big5 pages Hong Kong characters. Latin-1 declarations are ignored.
 */
final class DeclaredCharset {
    private static final Pattern PARAMETER = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    private static final Pattern META = Pattern.compile(
            "(?i)<meta\\s[^>]*?(?:charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)|content\\s*=\\s*[\"'][^\"']*charset\\s*=\\s*([A-Za-z0-9._:-]+))");
    private static final int META_SNIFF_BYTES = 2048;

    private DeclaredCharset() {}

    /** The charset parameter of a Content-Type header value, e.g. {@code text/html; charset=GBK}. */
    static Optional<Charset> ofContentType(String contentType) {
        if (contentType == null) return Optional.empty();
        Matcher m = PARAMETER.matcher(contentType);
        return m.find() ? named(m.group(1)) : Optional.empty();
    }

    /** The charset of a {@code <meta charset>} or {@code <meta http-equiv content="…; charset=…">} near the top. */
    static Optional<Charset> ofMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        return m.find() ? named(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    static Optional<Charset> named(String name) {
        String widened = switch (name.toLowerCase(Locale.ROOT)) {
            case "gb2312", "gbk", "x-gbk", "cp936", "windows-936", "euc-cn", "gb_2312-80", "hz-gb-2312" -> "GB18030";
            case "big5", "big-5", "cp950", "x-windows-950" -> "Big5-HKSCS";
            // old Chinese sites declare Latin-1 over GBK bytes: a Latin declaration is no evidence, detect instead
            case "iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252" -> null;
            default -> name;
        };
        if (widened == null) return Optional.empty();
        try {
            return Optional.of(Charset.forName(widened));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }
}
