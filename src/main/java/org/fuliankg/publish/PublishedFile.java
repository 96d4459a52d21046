package org.fuliankg.publish;

/**
 * A file of a published dataset.
 *
 * @param name      its path inside the dataset folder
 * @param mediaType its IANA media type
 * @param bytes     its size
 * @param sha256    the SHA-256 of its bytes, hex
 */
public record PublishedFile(String name, String mediaType, long bytes, String sha256) {}
