/** The growth table: the same measures at three corpus sizes, each fitted (linear, n log n, power) and projected to 100,000 and 1,000,000 articles. */
package org.fuliankg.bench.growth;
