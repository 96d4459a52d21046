/**
 * The way in: the front page with the graph at a glance ({@link org.fuliankg.serve.web.front.GraphOverview},
 * computed once per store version) and the name search over the full-text index, both linking to entity pages.
 */
package org.fuliankg.serve.web.front;
