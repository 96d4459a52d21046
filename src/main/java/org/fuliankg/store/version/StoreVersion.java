package org.fuliankg.store.version;

import java.util.OptionalLong;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which version of a TDB2 store a read transaction sees: TDB2 advances its data version with every committed write,
 * so figures computed from the store can be kept until the version changes (a served store changes only through
 * {@code --allow-update} writes) instead of being recomputed for every request.
 */
public final class StoreVersion {

    private StoreVersion() {}

    /**
     * The data version seen by the calling thread's transaction (call inside one), or empty for a dataset that is
     * not TDB2 (e.g. in memory), whose changes cannot be told.
     */
    public static OptionalLong of(DatasetGraph dataset) {
        DatasetGraph inner = dataset instanceof DatasetGraphText text ? text.getWrapped() : dataset;
        if (!TDBInternal.isTDB2(inner)) return OptionalLong.empty();
        var transaction = TDBInternal.getDatasetGraphTDB(inner).getTxnSystem().getThreadTransaction();
        return transaction == null ? OptionalLong.empty() : OptionalLong.of(transaction.getDataVersion());
    }
}
