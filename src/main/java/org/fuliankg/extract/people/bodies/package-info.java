/**
 * Which body a title serves: the page as the official readers see it ({@link Page}), what is written before a
 * title (a found organisation, a department, a short form, a kind of body), the body a bare title serves (the one
 * its passage or page is about, a congress's federation), the body a title implies (a delegate's congress, a head's
 * government or school), an institution's units written alone ({@link InstitutionUnits}: 团委, 教务部), a township's
 * short forms on a page of one town ({@link PageTowns}), a special administrative region's bureaus, Taiwan's
 * governments, and the records of officials read so far.
 */
package org.fuliankg.extract.people.bodies;
