/**
 * The pages beside the SPARQL endpoint, registered by {@link org.fuliankg.serve.web.WebPages}; packaged scripts,
 * styles and webjars are served from the classpath. The rooms: {@code front} (front page, search), {@code entity}
 * (entity pages, graph view) and {@code query} (query page); each imports only rooms listed after it.
 */
package org.fuliankg.serve.web;
