/**
 * Officials and other persons: titles and names in their many written orders (title before name, name before
 * title, chains across commas, guest lists, tables, an infobox's labels with their holders on the next line), each
 * post with its organisation and the event the text names (elected, appointed, acting, former). A title with no body
 * written serves the body its passage or page is about ({@link GoverningBodies}); on a page about Taiwan's counties
 * and towns the governments take Taiwan's names ({@link TaiwanBodies}).
 */
package org.fuliankg.extract.people;
