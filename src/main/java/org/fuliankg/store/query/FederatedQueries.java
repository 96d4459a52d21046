package org.fuliankg.store.query;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.http.sys.HttpRequestModifier;
import org.apache.jena.http.sys.RegistryRequestModifier;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Federated queries ({@code SERVICE}): identifies our calls with a User-Agent — Jena sends none of its own
 * (upstream issue #3148) and Wikidata throttles or blocks such clients — and limits them to allowed hosts, so a
 * query cannot make the server call arbitrary hosts or read local files ({@code SERVICE <file:…>}).
 */
public final class FederatedQueries {

    /** The hosts a SERVICE call may reach unless configured otherwise. */
    public static final Set<String> DEFAULT_ALLOWED_HOSTS = Set.of("query.wikidata.org");

    public static final String USER_AGENT =
            "fulian-kg/0.1.0 (knowledge graph of news about women's federations; Apache Jena)";

    private static final HttpRequestModifier IDENTIFY = (params, headers) -> headers.put("User-Agent", USER_AGENT);

    private FederatedQueries() {}

    /**
     * Lets SERVICE calls of queries over a dataset with {@code context} reach only HTTP(S) endpoints on
     * {@code hosts} (lower-case host names); any other target fails the query with a message naming it.
     */
    public static void allowOnly(Context context, Set<String> hosts) {
        ChainingServiceExecutor check = (opExecute, original, binding, execCxt, chain) -> {
            String refusal = refusal(opExecute.getService(), hosts);
            if (refusal != null) throw new QueryExecException(refusal);
            return chain.createExecution(opExecute, original, binding, execCxt);
        };
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy().addSingleLink(check);
        ServiceExecutorRegistry.set(context, registry);
    }

    /** Why a SERVICE target is refused, or null when it is allowed. */
    static String refusal(Node service, Set<String> hosts) {
        if (!service.isURI()) return "SERVICE with a variable endpoint is not allowed";
        String target = service.getURI();
        URI uri;
        try {
            uri = URI.create(target);
        } catch (IllegalArgumentException e) {
            return "SERVICE <" + target + "> is not a valid address";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "SERVICE <" + target + "> is not allowed: only http(s) endpoints";
        }
        if (!hosts.contains(host)) {
            return "SERVICE <" + target + "> is not allowed: host " + host + " is not in the allow-list " + hosts;
        }
        return null;
    }

    /** Applies to every HTTP(S) SPARQL call made from this JVM; calling it again changes nothing. */
    public static void identifyOutgoingCalls() {
        RegistryRequestModifier.get().addPrefix("http://", IDENTIFY);
        RegistryRequestModifier.get().addPrefix("https://", IDENTIFY);
    }
}
