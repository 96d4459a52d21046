/**
 * Officials and other persons: titles and names in their many written orders (title before name, name before
 * title, chains across commas, guest lists, tables, an infobox's labels with their holders on the next line), each
 * post with its organisation and the event the text names (elected, appointed, acting, former). Rooms: {@code titles}
 * reads how titles and names are written together, {@code bodies} which body each title serves: a title with no
 * body written serves the body its passage or page is about; on a page about Taiwan's counties and towns the
 * governments take Taiwan's names.
 */
package org.fuliankg.extract.people;
