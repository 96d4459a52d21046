/**
 * The query page at {@link org.fuliankg.serve.web.query.QueryPageServlet#PATH}: the YASGUI editor with the
 * project's {@code *.rq} queries and prefixes. {@link org.fuliankg.serve.web.query.Prefixes} also serves the entity
 * pages' Turtle. Imports nothing of {@code serve.web}.
 */
package org.fuliankg.serve.web.query;
