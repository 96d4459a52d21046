package org.fuliankg.store.query;

/** A query text that is not SPARQL; the message is the parser's, with line and column. */
public class MalformedQueryException extends Exception {
    public MalformedQueryException(String parserMessage) {
        super(parserMessage);
    }
}
