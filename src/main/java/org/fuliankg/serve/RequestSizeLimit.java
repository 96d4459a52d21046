package org.fuliankg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Refuses an oversized request before anything parses it: 413, in plain text, for a query string or body over the
 * limit. A declared {@code Content-Length} over it is refused at once, without reading the body; a chunked body
 * (length unknown) is read up to the limit, refused as soon as it passes it, and otherwise handed on from memory
 * (at most the limit). Without this a 50 MB query body held the server for minutes and ran its heap out in the
 * query parser. Jetty's own {@code SizeLimitHandler} fails a chunked body only inside the reader's call, which
 * Fuseki then reports as a 500.
 *
 * <p>After the 413 has gone out, the rest of the refused body is read and dropped (up to {@value #DRAIN_BYTES}
 * bytes and {@value #DRAIN_SECONDS} s, never kept), and only then is the connection closed: closed with the body
 * still arriving, the connection is reset, and a client that reads its answer once it has sent its body (Java's
 * HttpClient) got an IOException instead of the 413.
 */
final class RequestSizeLimit extends Handler.Wrapper {

    /** The default limit: a query of 1 MB is some 20,000 lines of SPARQL, beyond any written by hand. */
    static final long DEFAULT_BYTES = 1_000_000;
    /** The most of a refused body read and dropped before the connection is closed (a larger rest is reset). */
    static final long DRAIN_BYTES = 64L << 20;
    /** The longest a refused body is waited for before the connection is closed. */
    static final long DRAIN_SECONDS = 10;

    private final long maxBytes;

    private RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Puts the limit in front of everything {@code server} handles; before the server starts. */
    static void install(Server server, long maxBytes) {
        RequestSizeLimit limit = new RequestSizeLimit(maxBytes);
        limit.setHandler(server.getHandler());
        server.setHandler(limit);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null && query.length() > maxBytes) {
            return tooLarge(request, response, callback, "its query string");
        }
        if (request.getLength() > maxBytes) return tooLarge(request, response, callback, "its body");
        if (request.getLength() >= 0 || !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return super.handle(request, response, callback);
        }
        new ChunkedBody(request, response, callback).read();
        return true;
    }

    private boolean tooLarge(Request request, Response response, Callback callback, String what) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE_413);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(new HttpField(HttpHeader.CONNECTION, "close")); // the rest of the body is dropped
        Content.Sink.write(response, true, "Request too large: " + what + " is over " + maxBytes
                + " bytes, the server's limit ('fulian-kg serve --max-request-bytes N').\n",
                Callback.from(() -> new Drain(request, callback).start(), callback::failed));
        return true;
    }

    /**
     * Reads the rest of a refused body and drops it, then ends the exchange (and so closes the connection); at most
     * {@value #DRAIN_BYTES} bytes and {@value #DRAIN_SECONDS} s, so a client that never sends the rest holds nothing.
     */
    private static final class Drain {
        private final Request request;
        private final Callback callback;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Scheduler.Task timeLimit;
        private long dropped;

        Drain(Request request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        void start() {
            timeLimit = request.getComponents().getScheduler().schedule(this::end, DRAIN_SECONDS, TimeUnit.SECONDS);
            read();
        }

        private void read() {
            while (!ended.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                boolean last = chunk.isLast() || Content.Chunk.isFailure(chunk);
                dropped += chunk.remaining();
                chunk.release();
                if (last || dropped > DRAIN_BYTES) end();
            }
        }

        /** The 413 is out: how the rest of the body ends (read, failed, abandoned) changes nothing for the client. */
        private void end() {
            if (!ended.compareAndSet(false, true)) return;
            if (timeLimit != null) timeLimit.cancel(); // null: ended by the time limit itself, as it was set
            callback.succeeded();
        }
    }

    /** Reads a chunked body into memory, chunk by chunk as it arrives, and stops as soon as it is over the limit. */
    private final class ChunkedBody {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ChunkedBody(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void read() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    callback.failed(chunk.getFailure());
                    return;
                }
                ByteBuffer data = chunk.getByteBuffer();
                boolean last = chunk.isLast();
                if (bytes.size() + data.remaining() > maxBytes) {
                    chunk.release();
                    tooLarge(request, response, callback, "its body");
                    return;
                }
                byte[] copy = new byte[data.remaining()];
                data.get(copy);
                bytes.write(copy, 0, copy.length);
                chunk.release();
                if (last) {
                    handOn();
                    return;
                }
            }
        }

        private void handOn() {
            try {
                if (!RequestSizeLimit.super.handle(new Buffered(request, ByteBuffer.wrap(bytes.toByteArray())),
                        response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable t) {
                callback.failed(t);
            }
        }
    }

    /** A request whose chunked body has been read whole (within the limit): it is read again from memory. */
    private static final class Buffered extends Request.Wrapper {
        private final Content.Source body;

        Buffered(Request request, ByteBuffer body) {
            super(request);
            this.body = Content.Source.from(body);
        }

        @Override
        public Content.Chunk read() {
            return body.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            body.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            body.fail(failure);
        }
    }
}
