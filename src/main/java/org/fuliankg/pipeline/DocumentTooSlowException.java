package org.fuliankg.pipeline;

/** A document whose extraction ran past its time budget: it is skipped so that one input cannot stall a build. */
public final class DocumentTooSlowException extends RuntimeException {

    DocumentTooSlowException(String message) {
        super(message);
    }
}
