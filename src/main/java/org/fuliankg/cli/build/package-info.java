/**
 * Commands that make a store and serve it: {@code build} (a corpus to RDF), {@code serve} (build or update the TDB2
 * store, then serve it) and {@code load} (Spark shards into a store), with the corpus options they share.
 */
package org.fuliankg.cli.build;
