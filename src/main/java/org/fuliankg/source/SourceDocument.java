package org.fuliankg.source;

import java.nio.file.Path;

/**
 * One input document after decoding.
 *
 * @param fileName    the file's name without directories (what researchers see as {@code ?file})
 * @param path        where it was read from
 * @param text        the decoded original text (BOM removed, nothing else changed); every fact offset
 *                    in the graph is a Unicode code point offset into this string
 * @param encoding    the charset it was decoded with, e.g. {@code UTF-8}, {@code GB18030}
 * @param contentHash SHA-256 of the raw bytes, hex; drives incremental rebuilds
 */
public record SourceDocument(String fileName, Path path, String text, String encoding, String contentHash) {}
