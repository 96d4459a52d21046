/**
 * Synthetic inputs with known facts: federation news with its gold file
 * ({@link org.fuliankg.generate.CorpusGenerator}), yearly money reports for the ledger
 * ({@link org.fuliankg.generate.LedgerCorpus}) and a small web archive ({@link org.fuliankg.generate.ExampleArchive}).
 * The rooms below hold the parts: {@code article} writes, {@code gold} records, {@code material} supplies.
 */
package org.fuliankg.generate;
