package org.fuliankg.build;

/** Told after each document of a build, read or skipped: lets a terminal show how far the build is. */
@FunctionalInterface
public interface BuildProgress {

    BuildProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} documents are through (called on one thread, in input order). */
    void documentDone(int done, int total);
}
