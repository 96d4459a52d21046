package org.fuliankg.serve.web.entity;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links between the pages and our IRIs. */
public final class IriPaths {

    private IriPaths() {}

    /** The page of an IRI: {@code /id/<rest>} for ours, {@code /entity?iri=…} would also do. */
    public static String pageOf(String iri) {
        if (iri.startsWith(EntityDescriptions.BASE)) return "/id/" + iri.substring(EntityDescriptions.BASE.length());
        return "/entity?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    static String graphViewOf(String iri) {
        return "/graph-view?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** Decodes %XX sequences whose bytes are ≥ 0x80 as UTF-8; ASCII escapes (e.g. %20, %2F) are kept as they are. */
    static String decodeNonAscii(String path) {
        StringBuilder result = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                int b = Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (b >= 0x80) {
                    pending.write(b);
                    i += 3;
                    continue;
                }
            }
            flush(pending, result);
            result.append(c);
            i++;
        }
        flush(pending, result);
        return result.toString();
    }

    private static void flush(ByteArrayOutputStream pending, StringBuilder result) {
        if (pending.size() == 0) return;
        result.append(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
