package org.fuliankg.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * A SELECT whose pattern is a cross product (triple patterns in two or more groups that share no variable), judged
 * before it computes by the rows of each group counted in the store: its answer then has at least the product of
 * them as rows, and the engine goes through every one of them for a sort or a count. Such a query computed to the
 * end of its limit in the one expensive slot, and every other query that became expensive waited behind it (the
 * hour on 10,000 articles: 2 canned queries and 2 cross products listed answered with the timeout, not the row
 * limit, having waited out their limit there). Now the server knows the answer beforehand:
 * <ul>
 *   <li>{@link Verdict#TOO_MANY_ROWS}: at least more rows than the row limit (no DISTINCT, grouping or LIMIT to cut
 *   them): the row limit's error, which computing would reach at last;</li>
 *   <li>{@link Verdict#TOO_LONG}: more rows to go through (sorted or counted whole) than any engine goes through
 *   within the time limit at {@link #MAX_ROWS_PER_SECOND}: the timeout's error, which computing would reach at
 *   last;</li>
 *   <li>else null: computed as any query.</li>
 * </ul>
 * Only plain basic graph patterns are judged (no FILTER, OPTIONAL, BIND, VALUES, subquery, path, GRAPH or dataset
 * description), with each group a single triple pattern, so that counting a group is one index scan stopped at the
 * cap. A group's count is a lower bound (stopped at the cap), so the verdict never refuses a query that could
 * answer.
 */
final class CrossProduct {

    /**
     * More rows a second than ARQ goes through in a cross product by far (measured: ~7 µs an index probe on TDB2, so
     * ~150,000 rows a second; an in-memory graph a few million): a query refused for its time would not have finished
     * on a much faster machine either.
     */
    static final long MAX_ROWS_PER_SECOND = 100_000_000L;

    /** The most rows of one pattern counted: a lower bound past it (a scan of a few hundred milliseconds). */
    static final long MAX_COUNTED = 2_000_000;

    /** What the server answers to a cross product without computing it. */
    enum Verdict { TOO_MANY_ROWS, TOO_LONG }

    /** The verdict with what it rests on: how many groups, and at least how many rows their product has. */
    record Judged(Verdict verdict, int groups, long rows) {}

    private CrossProduct() {}

    /**
     * The verdict on {@code query} over {@code dataset} (in the caller's read transaction), or null when it is to be
     * computed.
     *
     * @param maxRows     the server's row limit
     * @param limitMillis the query's time limit (0 or less: none)
     */
    static Judged judged(Query query, DatasetGraph dataset, long maxRows, long limitMillis) {
        return judged(query, dataset, maxRows, limitMillis, MAX_ROWS_PER_SECOND);
    }

    static Judged judged(Query query, DatasetGraph dataset, long maxRows, long limitMillis, long rowsPerSecond) {
        List<List<Triple>> groups = groups(query);
        if (groups.size() < 2) return null;
        long offset = query.hasOffset() ? query.getOffset() : 0;
        boolean listed = !query.isDistinct() && !query.isReduced() && !query.hasAggregators() && !query.hasGroupBy();
        // the whole product is gone through when nothing stops the engine early: a sort, a count, or no LIMIT
        boolean whole = query.hasOrderBy() || query.hasAggregators() || query.hasGroupBy() || !query.hasLimit();
        long timeRows = limitMillis <= 0 || !whole ? Long.MAX_VALUE : multiplied(limitMillis, rowsPerSecond) / 1000;
        long rowsNeeded = listed ? saturated(maxRows, offset, 1) : Long.MAX_VALUE;
        if (listed && query.hasLimit() && query.getLimit() <= maxRows) rowsNeeded = Long.MAX_VALUE;
        long tooLong = timeRows == Long.MAX_VALUE ? timeRows : timeRows + 1;
        long enough = Math.min(rowsNeeded, tooLong);
        if (enough == Long.MAX_VALUE) return null;
        long product = product(groups, dataset, enough, rowsNeeded == Long.MAX_VALUE ? 0 : rowsNeeded);
        if (product == 0) return null;
        if (product >= rowsNeeded) return new Judged(Verdict.TOO_MANY_ROWS, groups.size(), product);
        if (product >= tooLong) return new Judged(Verdict.TOO_LONG, groups.size(), product);
        return null;
    }

    /**
     * The query's triple patterns in groups joined by shared variables (blank nodes of a pattern are variables);
     * an empty list for any query but a SELECT over plain triple patterns, or when a group has more than one.
     */
    static List<List<Triple>> groups(Query query) {
        if (!query.isSelectType() || query.hasDatasetDescription() || query.hasValues() || query.hasHaving()) {
            return List.of();
        }
        if (!(query.getQueryPattern() instanceof ElementGroup group)) return List.of();
        List<Triple> triples = new ArrayList<>();
        for (Element element : group.getElements()) {
            if (!(element instanceof ElementPathBlock block)) return List.of();
            for (TriplePath path : block.getPattern().getList()) {
                if (!path.isTriple()) return List.of();
                triples.add(path.asTriple());
            }
        }
        Set<Node> seen = new HashSet<>();
        List<List<Triple>> groups = new ArrayList<>();
        for (Triple triple : triples) {
            for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                // a variable shared with an earlier pattern: a group of two or more, whose count is a join: not judged
                if ((node.isVariable() || node.isBlank()) && seen.contains(node)) return List.of();
            }
            for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                if (node.isVariable() || node.isBlank()) seen.add(node);
            }
            groups.add(List.of(triple));
        }
        return groups;
    }

    /**
     * The product of the groups' rows, counted only as far as {@code enough} needs: each group first up to the
     * root of {@code enough} (or {@code atLeast}), then those that reached it further, as far as the exact ones leave
     * to be found. A store's millions of triples are not scanned to learn a bound already passed.
     */
    private static long product(List<List<Triple>> groups, DatasetGraph dataset, long enough, long atLeast) {
        long[] counts = new long[groups.size()];
        long cap = Math.min(enough, Math.min(MAX_COUNTED,
                Math.max(atLeast, (long) Math.ceil(Math.pow(enough, 1.0 / groups.size())) + 1)));
        for (int i = 0; i < counts.length; i++) counts[i] = counted(groups.get(i), dataset, cap);
        while (true) {
            long product = 1;
            long exact = 1;
            int capped = 0;
            for (long count : counts) {
                product = multiplied(product, count);
                if (count == cap) capped++;
                else exact = multiplied(exact, count);
            }
            if (product >= enough || capped == 0 || exact == 0 || cap >= Math.min(enough, MAX_COUNTED)) return product;
            long left = (enough + exact - 1) / exact;
            long further = Math.min(enough, Math.min(MAX_COUNTED,
                    (long) Math.ceil(Math.pow(left, 1.0 / capped)) + 1));
            if (further <= cap) return product;
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == cap) counts[i] = counted(groups.get(i), dataset, further);
            }
            cap = further;
        }
    }

    /** The rows of one triple pattern in {@code dataset}'s default graph, as the engine sees it, up to {@code cap}. */
    private static long counted(List<Triple> group, DatasetGraph dataset, long cap) {
        Query count = new Query();
        count.setQuerySelectType();
        count.setQueryResultStar(true);
        ElementPathBlock block = new ElementPathBlock();
        group.forEach(block::addTriple);
        count.setQueryPattern(block);
        count.setLimit(cap);
        long rows = 0;
        try (QueryExec exec = QueryExec.dataset(dataset).query(count).build()) {
            RowSet read = exec.select();
            while (read.hasNext()) {
                read.next();
                rows++;
            }
        }
        return rows;
    }

    private static long saturated(long a, long b, long c) {
        long sum = a + b + c;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiplied(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
