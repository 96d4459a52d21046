package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedInSortedOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve("b/10.txt"), "x");

        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b/10.txt"), dir.resolve("b/2.txt")),
                InputFiles.collect(List.of(dir)));
    }

    @Test
    void missingInputIsAnError() {
        assertThrows(NoSuchFileException.class, () -> InputFiles.collect(List.of(dir.resolve("nothing"))));
    }
}
