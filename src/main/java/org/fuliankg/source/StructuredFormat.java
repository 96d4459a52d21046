package org.fuliankg.source;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text files that are data, not news, recognised from their first bytes: JSON, XML other than (X)HTML, CSV or TSV
 * tables and RTF documents. Read as text they would fill the pipeline with keys, markup and cells (a large JSON
 * export once spent a whole time budget), so they are refused at once with what they are.
 */
final class StructuredFormat {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern XML_ROOT = Pattern.compile(
            "^<\\?xml[^>]*\\?>\\s*(?:<!--.*?-->\\s*|<\\?.*?\\?>\\s*)*(?:<!DOCTYPE\\s+([A-Za-z][\\w:.-]*)[^>]*>\\s*)?"
                    + "(?:<!--.*?-->\\s*)*(?:<([A-Za-z][\\w:.-]*))?", Pattern.DOTALL);
    private static final Pattern FEED_ROOT = Pattern.compile("^<(rss|feed|urlset|sitemapindex|svg|kml|gpx)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A JSON object or array opening; an array's first number must end as JSON numbers do: a text opening with a
     * bracketed date ([2019-03-01] 市妇联…) is news. */
    private static final Pattern JSON_START = Pattern.compile(
            "^(\\{\\s*(\"|})|\\[\\s*(\\{|\\[|\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\s*[,\\]]|]|true|false|null))");
    /** A table has at least this many lines with the same number of separators. */
    private static final int TABLE_LINES = 3;

    private StructuredFormat() {}

    /** What the file is, e.g. "JSON data", or null when it may be news text. */
    static String of(byte[] bytes) {
        String head = asciiHead(bytes);
        if (head.startsWith("{\\rtf")) return "RTF document";
        if (JSON_START.matcher(head).find()) return "JSON data";
        Matcher xml = XML_ROOT.matcher(head);
        if (head.startsWith("<?xml") && xml.find()) {
            String root = xml.group(2) != null ? xml.group(2) : xml.group(1);
            if (root != null && !root.equalsIgnoreCase("html")) return "XML document (root element <" + root + ">), not a web page";
        }
        Matcher feed = FEED_ROOT.matcher(head);
        if (feed.find()) return "XML document (root element <" + feed.group(1) + ">), not a web page";
        if (isTable(head, ',') || isTable(head, '\t')) return "CSV/TSV table";
        return null;
    }

    /** The first bytes with a byte order mark and leading whitespace removed; non-ASCII bytes kept as Latin-1. */
    private static String asciiHead(byte[] bytes) {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, from, Math.max(0, Math.min(bytes.length, SNIFF_BYTES) - from), StandardCharsets.ISO_8859_1)
                .stripLeading();
    }

    /**
     * The first lines (all but a possibly cut last one) have the same number, at least two, of separators, and none
     * ends a sentence (。 in UTF-8 or GB18030): three paragraphs of news with equal comma counts are not a table.
     */
    private static boolean isTable(String head, char separator) {
        String[] lines = head.split("\r?\n", -1);
        int complete = lines.length - 1;
        if (complete < TABLE_LINES) return false;
        int columns = -1;
        for (int i = 0; i < complete; i++) {
            if (lines[i].isEmpty()) return false;
            int count = (int) lines[i].chars().filter(c -> c == separator).count();
            if (count < 2 || (columns >= 0 && count != columns) || endsSentence(lines[i])) return false;
            columns = count;
        }
        return true;
    }

    private static boolean endsSentence(String latin1Line) {
        return latin1Line.contains("\u00E3\u0080\u0082") || latin1Line.contains("\u00A1\u00A3");
    }
}
