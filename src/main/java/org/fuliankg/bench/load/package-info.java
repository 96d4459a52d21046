/** The load test: concurrent clients sending canned, malformed, too expensive and oversized requests to a served store, and its report. */
package org.fuliankg.bench.load;
