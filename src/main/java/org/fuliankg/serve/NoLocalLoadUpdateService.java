package org.fuliankg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.web.HttpSC;

/**
 * SPARQL Update that cannot read the server's files: {@code LOAD} is accepted only from http(s) addresses, so
 * {@code LOAD <file:///etc/passwd>} (or {@code jar:}, or any other scheme Jena's readers open) is refused with 403
 * before anything runs. The request is read whole and checked, then handed to Fuseki's own operation.
 */
final class NoLocalLoadUpdateService extends SPARQL_Update {

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] request;
        try {
            request = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String refusal = refusal(request);
        if (refusal != null) ServletOps.error(HttpSC.FORBIDDEN_403, refusal);
        super.execute(action, new ByteArrayInputStream(request));
    }

    /** Why the update is refused, or null; a request that does not parse is left to Fuseki's 400. */
    private static String refusal(byte[] request) {
        UpdateRequest parsed;
        try {
            parsed = UpdateFactory.read(new ByteArrayInputStream(request), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException | UpdateException malformed) {
            return null;
        }
        for (var operation : parsed.getOperations()) {
            if (operation instanceof UpdateLoad load && !isWebAddress(load.getSource())) {
                return "LOAD <" + load.getSource() + "> is not allowed: the server loads only from http(s) addresses";
            }
        }
        return null;
    }

    private static boolean isWebAddress(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
