package org.fuliankg.store.version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Identifies the code that builds a store. A store built by other code is rebuilt even from the same inputs,
 * since extraction and mapping may have changed: the version is the size and time of the running jar (or, when
 * run from compiled classes, the newest class file).
 */
public final class BuildVersion {

    private BuildVersion() {}

    public static String current() {
        Path code;
        try {
            code = Path.of(BuildVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        try {
            if (Files.isRegularFile(code)) {
                return "jar " + Files.size(code) + " " + Files.getLastModifiedTime(code);
            }
            try (Stream<Path> files = Files.walk(code)) {
                return "classes " + files.filter(Files::isRegularFile)
                        .map(BuildVersion::modified)
                        .max(FileTime::compareTo)
                        .map(FileTime::toString)
                        .orElse("none");
            }
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
