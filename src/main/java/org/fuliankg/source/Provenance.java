package org.fuliankg.source;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a document comes from and how its text was taken out.
 *
 * @param name       the document's identity in the corpus, from which its graph and IRIs are minted: a file's path
 *                   relative to the input folder it was found in, with {@code /} between folders (a file named
 *                   directly, or lying directly in the folder, is named by its file name), or for a page of a web
 *                   archive {@code web/} and its address as a path (see {@code source.web.WebAddresses})
 * @param sourceFile what tables show as the document's source: the file's relative path, or a page's address
 * @param url        the page's address: an archive record's target, or the address a saved page names for itself
 *                   (canonical link, {@code og:url}, "saved from url"); null for text files
 * @param captured   when the page was captured (the record's WARC-Date); null when not read from an archive
 * @param published  the publication date the page states in its metadata or article header; null when it states
 *                   none (the text's own dates are found later, by the extractors)
 * @param site       the site or source (来源) the page names; null when it names none
 * @param extraction how the text was taken from the input
 */
public record Provenance(String name, String sourceFile, String url, Instant captured, LocalDate published,
                         String site, TextExtraction extraction) {

    /** A file without web metadata. */
    public static Provenance ofFile(String name, TextExtraction extraction) {
        return new Provenance(name, name, null, null, null, null, extraction);
    }
}
