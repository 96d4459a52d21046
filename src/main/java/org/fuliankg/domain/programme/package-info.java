/** Programmes (named schemes and campaigns), their generic kind, and their mentions in the text. */
package org.fuliankg.domain.programme;
