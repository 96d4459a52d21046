/**
 * Commands that measure the program and make inputs to measure it on: {@code eval} (against gold facts),
 * {@code bench}, {@code loadtest}, {@code generate} (synthetic corpora with known facts) and {@code example-warc}.
 * May use {@code build}'s corpus options.
 */
package org.fuliankg.cli.measure;
