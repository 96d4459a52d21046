/** Funding figures: amount, qualifier, role, running total, parties, programme, beneficiaries and time. */
package org.fuliankg.domain.money;
