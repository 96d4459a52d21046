package org.fuliankg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.web.WarcCaptures;
import org.fuliankg.source.web.WebCapture;

/**
 * The documents of a corpus in build order, read lazily on the calling thread: a file is one document; a web
 * archive is opened when its turn comes and gives its pages one by one (the payload of a page is read here, its
 * extraction happens on a worker). Records passed over in archives are counted by reason.
 */
final class DocumentSources implements Iterator<DocumentSources.Source>, AutoCloseable {

    /** A document to extract: a file, a page of an archive, or an archive that failed to read (then a problem). */
    record Source(InputFile file, WebCapture page, SkippedInput problem) {}

    private final Iterator<InputFile> inputs;
    private final int maxPageBytes;
    private final Map<String, Integer> passedOver = new HashMap<>();
    private final int files;
    private int archivesOpened;
    private int pagesFound;
    private InputFile archiveFile;
    private WarcCaptures archive;
    private Source next;

    DocumentSources(List<InputFile> inputs, SourceReader reader) {
        this.inputs = inputs.iterator();
        this.files = inputs.size();
        this.maxPageBytes = reader.maxBytes();
    }

    @Override
    public boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public Source next() {
        if (!hasNext()) throw new NoSuchElementException();
        Source result = next;
        next = null;
        return result;
    }

    /** Documents expected so far: every file, with each archive opened counting as the pages found in it. */
    int expected() {
        return files - archivesOpened + pagesFound;
    }

    Map<String, Integer> passedOver() {
        return passedOver;
    }

    private Source advance() {
        while (true) {
            if (archive != null) {
                try {
                    Optional<WebCapture> page = archive.next();
                    if (page.isPresent()) {
                        pagesFound++;
                        return new Source(archiveFile, page.get(), null);
                    }
                    closeArchive();
                } catch (IOException | RuntimeException e) {
                    Path path = archiveFile.path();
                    closeArchive();
                    return new Source(null, null, new SkippedInput(path, "web archive unreadable from here on: " + e.getMessage()));
                }
            }
            if (!inputs.hasNext()) return null;
            InputFile file = inputs.next();
            if (!WarcCaptures.isWarc(file.path())) return new Source(file, null, null);
            archivesOpened++;
            try {
                archive = WarcCaptures.open(file.path(), maxPageBytes);
                archiveFile = file;
            } catch (IOException | RuntimeException e) {
                return new Source(null, null, new SkippedInput(file.path(), "cannot read web archive: " + e.getMessage()));
            }
        }
    }

    private void closeArchive() {
        try {
            archive.passedOver().forEach((reason, count) -> passedOver.merge(reason, count, Integer::sum));
            archive.close();
        } catch (IOException ignored) {
            // read to its end or failed already: nothing left to lose
        }
        archive = null;
    }

    @Override
    public void close() {
        if (archive != null) closeArchive();
    }
}
