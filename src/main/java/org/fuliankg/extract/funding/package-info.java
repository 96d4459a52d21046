/**
 * Funding figures: money expressions (amount in yuan, qualifier 余/多/近/约, ranges), the role their verb gives,
 * whether they are running totals, who gave, administered or received them, the programme, beneficiaries and time.
 */
package org.fuliankg.extract.funding;
