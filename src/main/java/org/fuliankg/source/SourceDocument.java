package org.fuliankg.source;

import java.nio.file.Path;

/**
 * One input document after decoding.
 *
 * @param fileName    the file's name without directories, or a web page's address (used in messages)
 * @param path        the file it was read from (for a page of a web archive: the archive)
 * @param text        the text read: a text file's decoded content (BOM removed, nothing else changed), or the
 *                    text taken out of an HTML page (see {@link Provenance#extraction()}); every fact offset in the
 *                    graph is a Unicode code point offset into this string
 * @param encoding    the charset it was decoded with, e.g. {@code UTF-8}, {@code GB18030}
 * @param contentHash SHA-256 of the raw bytes (a web page: of its payload), hex
 * @param provenance  the document's name in the corpus, its web address and dates, and how the text was taken
 */
public record SourceDocument(String fileName, Path path, String text, String encoding, String contentHash,
                             Provenance provenance) {

    /** A plain text file named by its file name. */
    public SourceDocument(String fileName, Path path, String text, String encoding, String contentHash) {
        this(fileName, path, text, encoding, contentHash, Provenance.ofFile(fileName, TextExtraction.PLAIN_TEXT));
    }
}
