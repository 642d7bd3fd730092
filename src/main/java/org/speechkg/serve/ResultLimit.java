package org.speechkg.serve;

import java.util.Locale;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * A cap on the rows a SPARQL query may return, which Fuseki does not have: the query operation is served
 * by a subclass of Fuseki's own that, after parsing, gives every SELECT, CONSTRUCT and DESCRIBE query
 * without a {@code LIMIT}, or with a larger one, {@code LIMIT cap} (offsets are kept). Such an answer
 * carries the header {@value #HEADER} with the cap: one with the header and exactly {@code cap} rows was
 * cut. ASK and aggregate-only queries are unaffected in practice (one row).
 *
 * <p>The cap is read per request from the endpoint's context, set in the Fuseki configuration like the
 * query timeout: {@code :resultLimit ja:cxtName "speech-kg:resultLimit" ; ja:cxtValue "100000"} on each
 * query endpoint. Without the setting, {@link #DEFAULT} applies; a value of 0 or less turns the cap off.
 * Together with {@code arq:queryTimeout} this bounds what one query can cost the server.
 */
public final class ResultLimit {
    /** Context symbol of the cap, as named in the configuration ({@code ja:cxtName}). */
    public static final Symbol SYMBOL = Symbol.create("speech-kg:resultLimit");
    /** The cap when the configuration sets none. */
    public static final long DEFAULT = 100_000;
    /** Response header announcing that the query was capped, with the cap. */
    public static final String HEADER = "X-Speech-KG-Result-Limit";

    private ResultLimit() {}

    /** Makes {@code builder} serve every query endpoint with the capping query processor. */
    public static void install(FusekiServer.Builder builder) {
        builder.registerOperation(Operation.Query, new CappedQuery());
    }

    /** The cap configured in {@code context}, or {@link #DEFAULT}; 0 means none. */
    static long cap(Context context) {
        Object v = context == null ? null : context.get(SYMBOL);
        if (v == null) {
            return DEFAULT;
        }
        try {
            long n = v instanceof Number num ? num.longValue() : Long.parseLong(v.toString().strip());
            return Math.max(0, n);
        } catch (NumberFormatException e) {
            throw new ServeException("speech-kg:resultLimit must be a whole number of rows, not '" + v + "'");
        }
    }

    /** {@code query} with its limit capped at {@code cap}, or {@code query} itself if it needs none. */
    static Query capped(Query query, long cap) {
        boolean rows = query.isSelectType() || query.isConstructType() || query.isDescribeType();
        if (cap <= 0 || !rows || (query.hasLimit() && query.getLimit() <= cap)) {
            return query;
        }
        Query q = query.cloneQuery();
        q.setLimit(cap);
        return q;
    }

    /** Fuseki's query processor with the cap applied between parsing and execution. */
    static final class CappedQuery extends SPARQL_QueryDataset {
        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
            Query q = decided.getRight() != null ? decided.getRight() : query;
            long cap = cap(action.getContext());
            Query c = capped(q, cap);
            if (c != q) {
                action.setResponseHeader(HEADER, Long.toString(cap));
                action.log.info(String.format(Locale.ROOT, "[%d] result rows capped at %d", action.id, cap));
            }
            return Pair.create(decided.getLeft(), c);
        }
    }
}
