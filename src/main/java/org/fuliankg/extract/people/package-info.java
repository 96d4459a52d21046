/**
 * Officials and other persons: titles and names in their many written orders (title before name, name before
 * title, chains across commas, guest lists, tables), each post with its organisation and the event the text names
 * (elected, appointed, acting, former).
 */
package org.fuliankg.extract.people;
