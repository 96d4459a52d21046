/**
 * Bodies read beside bodies the organisation readers found already: members of lists closed by what they are
 * (等9家企业, 等单位), bureaus listed bare after a county's body, a university's schools, a ministry's units, papers in
 * book marks. Each takes the bodies found so far and the text, and adds candidates; {@code OrganisationFinder}
 * calls them after its readers, in order.
 */
package org.fuliankg.extract.org.beside;
