/**
 * How titles and names are written together: a chain of one person's titles across 、 and commas, lists under a
 * heading naming their body, an infobox's labels with their holders on the next line, and statements that someone
 * was elected or appointed. Each reads its body from {@link org.fuliankg.extract.people.bodies}.
 */
package org.fuliankg.extract.people.titles;
