/** Persons, the posts they hold in an organisation, what happened to a post (elected, appointed …), and reporters. */
package org.fuliankg.domain.people;
