package org.fuliankg.source.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Names of web pages in the corpus, from their addresses. */
public final class WebAddresses {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private WebAddresses() {}

    /**
     * {@code web/} + host + path + query, path segments percent-decoded so that Chinese stays readable:
     * {@code http://www.example.cn/news/2023/content_1.htm?id=3} → {@code web/www.example.cn/news/2023/content_1.htm?id=3}.
     * The scheme and fragment are left out (http and https give one page). The result is split at {@code /} into
     * IRI path segments, each percent-encoded on its own, so a decoded {@code %2F} stays inside its segment.
     */
    public static String documentName(String url) {
        List<String> parts = new ArrayList<>();
        parts.add("web");
        try {
            URI uri = new URI(url.strip());
            String host = uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst("^[^@]*@", "");
            parts.add(host.isEmpty() ? "unknown-host" : host.toLowerCase(Locale.ROOT));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) parts.add(decode(segment).replace("/", "%2F"));
            }
            if (uri.getRawQuery() != null) {
                String last = parts.size() > 2 ? parts.remove(parts.size() - 1) : "";
                parts.add(last + "?" + uri.getRawQuery());
            }
        } catch (URISyntaxException e) {
            parts.add(url.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replace("/", "%2F"));
        }
        return String.join("/", parts);
    }

    /** The name of a later capture of an address whose earlier capture had other content. */
    public static String laterCaptureName(String name, Instant captured) {
        return name + "@" + TIMESTAMP.format(captured);
    }

    private static String decode(String segment) {
        try {
            String decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 ? segment : decoded; // GBK-encoded: keep it as written
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }
}
