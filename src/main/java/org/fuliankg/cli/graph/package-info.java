/**
 * Commands over a built graph: {@code query}, {@code validate} (SHACL), {@code export} (GEXF, GraphML, CSV, JSON-LD),
 * {@code ledger} (funding tables) and {@code publish} (a dataset folder).
 */
package org.fuliankg.cli.graph;
