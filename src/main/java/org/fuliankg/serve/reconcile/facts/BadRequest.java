package org.fuliankg.serve.reconcile.facts;

/** A request the service refuses, with the HTTP status (4xx) and a reason the client can act on. */
public final class BadRequest extends RuntimeException {

    public static final int TOO_LARGE = 413;

    private final int status;

    public BadRequest(String reason) {
        this(400, reason);
    }

    public BadRequest(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
