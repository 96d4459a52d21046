/** Organisations as written and as resolved, their type and level, and the administrative regions they belong to. */
package org.fuliankg.domain.org;
