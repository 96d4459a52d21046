package org.fuliankg.source.web;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One page captured in a web archive: a response record with status 200 and an HTML or text payload.
 *
 * @param archive       the WARC file it was read from
 * @param url           the record's target URI
 * @param captured      the record's WARC-Date
 * @param contentType   the HTTP Content-Type header (may name the charset), or null
 * @param payload       the HTTP body, transfer and content encodings removed; at most the reader's byte limit
 * @param cut           whether the payload was longer than the limit
 * @param payloadSha256 SHA-256 of the payload read, hex
 * @param name          the document's name in the corpus (see {@link WebAddresses#documentName})
 */
public record WebCapture(Path archive, String url, Instant captured, String contentType, byte[] payload, boolean cut,
                         String payloadSha256, String name) {}
