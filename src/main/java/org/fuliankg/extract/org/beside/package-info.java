/**
 * Bodies read beside bodies the organisation readers found already: members of lists closed by what they are
 * (等9家企业, 等单位), bureaus listed bare after a county's body, a university's schools, a ministry's units, papers in
 * book marks, the federations of level letters listed before one 妇联 (省、市妇联). Each takes the bodies found so
 * far and the text, and adds candidates; {@code OrganisationFinder} calls them after its readers, in order.
 */
package org.fuliankg.extract.org.beside;
