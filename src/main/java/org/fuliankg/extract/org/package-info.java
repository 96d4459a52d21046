/**
 * Organisations: federations at every level (全国妇联 down to village and industry 妇联/妇委会), other named bodies
 * (foundations, associations, companies, government and Party bodies) and short forms resolved from the item's
 * place; classes of bodies (各级妇联) are not organisations.
 */
package org.fuliankg.extract.org;
