/**
 * One entity, read from the store by SPARQL ({@link org.fuliankg.serve.web.entity.EntityDescriptions}) and shown:
 * as an HTML page with its post timeline and money ledger, as RDF by content negotiation, or as the JSON of the graph
 * view. Also the links and names every page uses ({@code IriPaths}, {@code ShownNames}, {@code EntityHtml.esc}).
 */
package org.fuliankg.serve.web.entity;
