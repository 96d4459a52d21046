/**
 * What the reconciliation service knows of an entity: its types and properties as the service names them
 * ({@link org.fuliankg.serve.reconcile.facts.EntityType}, {@link org.fuliankg.serve.reconcile.facts.EntityProperty}),
 * the facts read from the store by precise lookups ({@link org.fuliankg.serve.reconcile.facts.FactReader}) and the
 * name folding shared by queries and candidates. Knows nothing of HTTP but the 4xx a bad request earns.
 */
package org.fuliankg.serve.reconcile.facts;
