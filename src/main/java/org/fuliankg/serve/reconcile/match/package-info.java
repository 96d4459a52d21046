/**
 * Reconciling a written name: candidates from the full-text index, scored by name and by the properties a
 * researcher gives, and written as the W3C Reconciliation API's candidate JSON. The servlet above turns requests into
 * {@link org.fuliankg.serve.reconcile.match.ReconciliationQuery} batches for the
 * {@link org.fuliankg.serve.reconcile.match.Reconciler}.
 */
package org.fuliankg.serve.reconcile.match;
