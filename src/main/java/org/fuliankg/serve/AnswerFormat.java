package org.fuliankg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * The format a SELECT answer is written in for a request, chosen as Fuseki chooses it (the Accept header against
 * the result formats it offers) and written by the same writer (or, for JSON and CSV, by {@link PlainResultsWriter},
 * which writes the same bytes faster), so a kept answer's bytes are those Fuseki would send. Only for requests that ask by Accept header alone: the parameters that change what Fuseki writes beyond
 * the format ({@code output}, {@code stylesheet}, {@code callback} …) and plain text (laid out with the query's
 * prefixes) are left to Fuseki and their answers not kept.
 *
 * @param mediaType   the answer's media type, e.g. {@code application/sparql-results+json}
 * @param contentType the Content-Type header: with {@code charset=utf-8} where Fuseki adds it (not for XML, which
 *                    says its own, nor for binary formats)
 */
record AnswerFormat(String mediaType, Lang lang, String contentType) {

    private static final List<String> FUSEKI_WRITES = List.of(HttpNames.paramOutput1, HttpNames.paramOutput2,
            HttpNames.paramOutput3, HttpNames.paramStyleSheet, HttpNames.paramCallback, HttpNames.paramForceAccept);
    private static final List<String> NO_CHARSET = List.of(WebContent.contentTypeResultsXML,
            WebContent.contentTypeResultsThrift, WebContent.contentTypeResultsProtobuf);

    /** The format of the answer to {@code action}, or null when Fuseki is to write it. */
    static AnswerFormat of(HttpAction action) {
        for (String parameter : FUSEKI_WRITES) {
            if (action.getRequestParameter(parameter) != null) return null;
        }
        MediaType chosen = ConNeg.chooseContentType(action.getRequest(), DEF.rsOfferTable, DEF.acceptResultSetXML);
        String type = chosen == null ? null : chosen.getContentTypeStr();
        return type == null || type.equals(WebContent.contentTypeTextPlain) ? null : of(type);
    }

    /** The format of a media type of SPARQL results, or null when Fuseki is to write it. */
    static AnswerFormat of(String type) {
        Lang lang = WebContent.contentTypeToLangResultSet(type);
        if (lang == null || !ResultSetWriterRegistry.isRegistered(lang)) return null;
        return new AnswerFormat(type, lang, NO_CHARSET.contains(type) ? type : type + "; charset=" + WebContent.charsetUTF8);
    }

    /** The rows written in this format, or null when they take more than {@code bound} bytes (writing stops there). */
    ResultCache.Answer written(List<Var> vars, List<Binding> rows, Context context, long bound) {
        AnswerBytes body = new AnswerBytes(bound);
        try {
            if (PlainResultsWriter.writes(lang, vars, rows)) PlainResultsWriter.write(lang, vars, rows, body);
            else ResultsWriter.create().lang(lang).context(context).build().write(body, RowSetStream.create(vars, rows.iterator()));
        } catch (RuntimeException stopped) {
            if (!body.overflowed()) throw stopped; // else the overflow, as thrown or wrapped by the writer
        }
        if (body.overflowed()) return null;
        body.close();
        return new ResultCache.Answer(contentType, body).tagged();
    }

    /**
     * Sends a kept answer as Fuseki sends one (status 200), with its length; one kept compressed as it is to a client
     * that accepts gzip, else as written (decompressed on the way when it is kept compressed only). A kept answer's
     * entity tag goes with it, and the client may store it but must ask again each time ({@code Cache-Control:
     * no-cache}: the next store's answer may differ); a GET or HEAD whose {@code If-None-Match} names the tag gets a
     * 304 without a body, so a client holding the answer (a browser, an HTTP cache) does not read it again: the
     * ledger's 60 MB of JSON took a client a few hundred ms to inflate and read at 10,000 articles. An answer not kept
     * yet (being handed to the requests that waited for it) is sent as Fuseki sends one, not to be cached.
     */
    static void send(HttpAction action, ResultCache.Answer answer) {
        boolean gzip = answer.gzipped() != null && acceptsGzip(action.getRequest().getHeader(HttpNames.hAcceptEncoding));
        if (answer.tag() == null) {
            ServletOps.setNoCache(action);
        } else {
            action.setResponseHeader(HttpNames.hCacheControl, "no-cache");
            action.setResponseHeader("ETag", answer.tag());
        }
        action.setResponseHeader(HttpNames.hVary, answer.gzipped() != null
                ? HttpNames.hAccept + ", " + HttpNames.hAcceptEncoding : HttpNames.hAccept);
        if (answer.tag() != null && unchanged(action.getRequest().getMethod(),
                action.getRequest().getHeader("If-None-Match"), answer.tag())) {
            action.setResponseStatus(HttpSC.NOT_MODIFIED_304);
            return;
        }
        action.setResponseContentType(answer.contentType());
        if (gzip) action.setResponseHeader(HttpNames.hContentEncoding, "gzip");
        action.setResponseContentLengthLong(gzip ? answer.gzipped().size() : answer.length());
        ServletOps.success(action);
        try {
            write(answer, gzip, action.getResponseOutputStream());
        } catch (IOException clientGone) {
            ServletOps.errorOccurred(clientGone);
        }
    }

    /**
     * Whether a request holds the answer tagged {@code tag}: a GET or HEAD whose If-None-Match names it (by weak
     * comparison, as RFC 9110 asks for If-None-Match) or is {@code *}. Other methods (a POSTed query) get the answer:
     * a failed If-None-Match on them is a 412, not a 304, and an answer is no change of state to refuse.
     */
    static boolean unchanged(String method, String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || !("GET".equals(method) || "HEAD".equals(method))) return false;
        String opaque = opaque(tag);
        for (String named : ifNoneMatch.split(",")) {
            String t = named.trim();
            if (t.equals("*") || opaque(t).equals(opaque)) return true;
        }
        return false;
    }

    /** An entity tag without its weakness mark. */
    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** Writes a kept answer's body: compressed when {@code gzip} (and it is kept so), else as written. */
    static void write(ResultCache.Answer answer, boolean gzip, OutputStream out) throws IOException {
        if (gzip && answer.gzipped() != null) {
            answer.gzipped().writeTo(out);
        } else if (answer.written() != null) {
            answer.written().writeTo(out);
        } else {
            try (InputStream written = new GZIPInputStream(answer.gzipped().read(), 1 << 16)) {
                written.transferTo(out);
            }
        }
    }

    /** Whether an Accept-Encoding header accepts gzip (named, and not with {@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
