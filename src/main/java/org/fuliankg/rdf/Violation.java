package org.fuliankg.rdf;

/**
 * One SHACL result.
 *
 * @param focusNode the offending node (IRI or literal as written by Jena)
 * @param path      the property path, or null for node-level constraints
 * @param value     the offending value, or null
 * @param message   what is wrong
 * @param severity  {@code Violation}, {@code Warning} or {@code Info}
 */
public record Violation(String focusNode, String path, String value, String message, String severity) {

    public boolean isViolation() {
        return severity.equals("Violation");
    }

    @Override
    public String toString() {
        return severity + " at " + focusNode + (path == null ? "" : " " + path)
                + (value == null ? "" : " value " + value) + ": " + message;
    }
}
