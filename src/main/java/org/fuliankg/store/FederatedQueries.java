package org.fuliankg.store;

import org.apache.jena.http.sys.HttpRequestModifier;
import org.apache.jena.http.sys.RegistryRequestModifier;

/**
 * Identifies our {@code SERVICE} calls (federated queries, e.g. to Wikidata's endpoint) with a User-Agent.
 * Jena sends none of its own (upstream issue #3148) and Wikidata throttles or blocks such clients.
 */
public final class FederatedQueries {

    public static final String USER_AGENT =
            "fulian-kg/0.1.0 (knowledge graph of news about women's federations; Apache Jena)";

    private static final HttpRequestModifier IDENTIFY = (params, headers) -> headers.put("User-Agent", USER_AGENT);

    private FederatedQueries() {}

    /** Applies to every HTTP(S) SPARQL call made from this JVM; calling it again changes nothing. */
    public static void identifyOutgoingCalls() {
        RegistryRequestModifier.get().addPrefix("http://", IDENTIFY);
        RegistryRequestModifier.get().addPrefix("https://", IDENTIFY);
    }
}
