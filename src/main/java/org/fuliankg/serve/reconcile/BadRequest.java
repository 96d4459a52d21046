package org.fuliankg.serve.reconcile;

/** A request the service refuses, with the HTTP status (4xx) and a reason the client can act on. */
final class BadRequest extends RuntimeException {

    static final int TOO_LARGE = 413;

    private final int status;

    BadRequest(String reason) {
        this(400, reason);
    }

    BadRequest(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
