/** Measurements in processes of their own: a store built from text in a fresh JVM (ScaleRun and its result), a served store, its memory sampled, the Spark local run, and the JSON answers read back. */
package org.fuliankg.bench.process;
