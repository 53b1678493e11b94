package dev.claimgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;


import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeCursor;
import org.neo4j.internal.kernel.api.Read;
import org.neo4j.internal.kernel.api.RelationshipTraversalCursor;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;
import org.neo4j.storageengine.api.RelationshipSelection;
import org.neo4j.token.api.TokenConstants;

/**
 * {@code claimgraph.shortestConnection(fromId, toId, maxRelationships, budget)}: one shortest
 * chain of INVOLVES relationships (either direction) between two entities, for the
 * {@code connection} query (docs/connections.md).
 *
 * <p>A bidirectional breadth-first search that expands, one whole level at a time, the side whose
 * frontier has fewer relationships ({@link Node#getDegree}, which Neo4j keeps per type for dense
 * nodes). Cypher's shortestPath() chooses the side with fewer nodes, so a single hub in that
 * frontier made it read the hub's whole neighbourhood; here a hub left on the unexpanded side is
 * found when the other side reaches it, without its relationships being read.
 *
 * <p>Why the first meeting is a shortest chain: before a level is expanded no node lies within
 * both radii, so every chain is longer than their sum; the level adds one, so whatever meets in it
 * is a chain of exactly that sum plus one.
 *
 * <p>Within a level the frontier's nodes are expanded in ascending degree, and the search stops at
 * the first meeting, so where a chain passes through small nodes the level's hubs are not read.
 * INVOLVES always joins an entity to a claim or an event, so every chain between two entities has
 * even length, and a level taken from two frontiers of entities (claims) can never meet the other
 * side. When both frontiers hold entities, each claim the level finds is looked one step past:
 * its few relationships are read, and a neighbour the other side reached closes a chain of the
 * length both radii plus two, which parity makes the shortest. This is what keeps hubs unread:
 * on the 1M benchmark graph, 28-294 relationships instead of shortestPath()'s 3.3k-178k db hits
 * (BENCHMARKS.md).
 * It reads the store through the kernel's cursors and keeps node ids in primitive maps, as
 * Cypher's own shortestPath() does: the core API's objects made it 2-3 times slower per
 * relationship (BENCHMARKS.md).
 *
 * <p>{@code budget} bounds the relationships read: when the next one would pass it, the search
 * stops and answers {@code complete = false} with no chain (one may exist). The count does not
 * depend on the machine's load, unlike a time budget.
 */
public final class ShortestConnection {

    private static final Label ENTITY = Label.label("Entity");
    /** Relationships read between two checks that the transaction is still wanted (timeout, kill). */
    private static final int GUARD_EVERY = 1024;
    private static final long ROOT = -1;
    /** Frontiers up to this size have every node's degree read (cost, and the order within a level). */
    private static final int EXACT_COST = 4096;
    /** Nodes whose degrees estimate a larger frontier's cost. */
    private static final int SAMPLE = 512;

    @Context
    public Transaction tx;

    @Context
    public TerminationGuard guard;

    /** One answer row. */
    public static final class Result {
        /** The chain from `from` to `to`, entities and claims or events alternating; null for none. */
        public List<Node> nodes;
        /** False when the budget cut the search: then nodes is null and a chain may exist. */
        public boolean complete;
        /** Relationships the search read (its cost; PROFILE does not see inside a procedure). */
        public long relationshipsRead;

        Result(List<Node> nodes, boolean complete, long relationshipsRead) {
            this.nodes = nodes;
            this.complete = complete;
            this.relationshipsRead = relationshipsRead;
        }
    }

    /** One side of the search: the nodes it reached, each with the node it came from. */
    private static final class Side {
        final LongLongHashMap parent = new LongLongHashMap();
        long[] frontier;
        int[] degrees;
        /** Relationships of the frontier's nodes: what expanding it would read at most. */
        long cost;
        int depth;

        Side(long root, int degree) {
            parent.put(root, ROOT);
            frontier = new long[] {root};
            degrees = new int[] {degree};
            cost = degree;
        }
    }

    @Procedure(name = "claimgraph.shortestConnection", mode = Mode.READ)
    @Description("claimgraph.shortestConnection(fromId, toId, maxRelationships, budget) - one shortest INVOLVES chain "
            + "between two entities (by id) of at most maxRelationships relationships, reading at most budget "
            + "relationships; yields nodes (null for none), complete (false when the budget cut the search) and "
            + "relationshipsRead")
    public Stream<Result> shortestConnection(
            @Name("fromId") String fromId,
            @Name("toId") String toId,
            @Name("maxRelationships") long maxRelationships,
            @Name("budget") long budget) {
        Node from = fromId == null ? null : tx.findNode(ENTITY, "id", fromId);
        Node to = toId == null ? null : tx.findNode(ENTITY, "id", toId);
        if (from == null || to == null) {
            return Stream.of(new Result(null, true, 0));
        }
        if (from.equals(to)) {
            return Stream.of(new Result(List.of(from), true, 0));
        }
        KernelTransaction ktx = ((InternalTransaction) tx).kernelTransaction();
        int involves = ktx.tokenRead().relationshipType("INVOLVES");
        if (involves == TokenConstants.NO_TOKEN) {
            return Stream.of(new Result(null, true, 0));
        }
        try (NodeCursor nodes = ktx.cursors().allocateNodeCursor(ktx.cursorContext());
                RelationshipTraversalCursor relationships =
                        ktx.cursors().allocateRelationshipTraversalCursor(ktx.cursorContext());
                NodeCursor aheadNodes = ktx.cursors().allocateNodeCursor(ktx.cursorContext());
                RelationshipTraversalCursor ahead =
                        ktx.cursors().allocateRelationshipTraversalCursor(ktx.cursorContext())) {
            Reader reader = new Reader(ktx.dataRead(), nodes, relationships, aheadNodes, ahead,
                    RelationshipSelection.selection(involves, Direction.BOTH), guard, budget);
            @SuppressWarnings("deprecation")
            long a0 = from.getId();
            @SuppressWarnings("deprecation")
            long b0 = to.getId();
            Side a = new Side(a0, reader.degree(a0));
            Side b = new Side(b0, reader.degree(b0));
            while (a.depth + b.depth < maxRelationships && a.frontier.length > 0 && b.frontier.length > 0) {
                boolean fromSide = a.cost <= b.cost;
                long meeting;
                try {
                    meeting = fromSide ? reader.expand(a, b, maxRelationships) : reader.expand(b, a, maxRelationships);
                } catch (BudgetSpent e) {
                    return Stream.of(new Result(null, false, reader.read));
                }
                if (meeting != ROOT) {
                    return Stream.of(new Result(chain(a, b, meeting), true, reader.read));
                }
            }
            return Stream.of(new Result(null, true, reader.read));
        }
    }

    /** Thrown when the next relationship would pass the budget. */
    private static final class BudgetSpent extends Exception {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** Reads relationships for one search through the kernel's cursors and counts them against its budget. */
    private static final class Reader {
        private final Read read0;
        private final NodeCursor nodes;
        private final RelationshipTraversalCursor relationships;
        private final NodeCursor aheadNodes;
        private final RelationshipTraversalCursor ahead;
        private final RelationshipSelection involves;
        private final TerminationGuard guard;
        private final long budget;
        long read;

        Reader(Read read, NodeCursor nodes, RelationshipTraversalCursor relationships,
                NodeCursor aheadNodes, RelationshipTraversalCursor ahead, RelationshipSelection involves, TerminationGuard guard, long budget) {
            this.read0 = read;
            this.nodes = nodes;
            this.relationships = relationships;
            this.aheadNodes = aheadNodes;
            this.ahead = ahead;
            this.involves = involves;
            this.guard = guard;
            this.budget = budget;
        }

        /** A node the far side reached among the neighbours of `step`, taken from `node`; ROOT for none. */
        private long lookAhead(Side near, Side far, long node, long step) throws BudgetSpent {
            read0.singleNode(step, aheadNodes);
            if (!aheadNodes.next()) {
                return ROOT;
            }
            aheadNodes.relationships(ahead, involves);
            while (ahead.next()) {
                if (read >= budget) {
                    throw new BudgetSpent();
                }
                if (++read % GUARD_EVERY == 0) {
                    guard.check();
                }
                long beyond = ahead.otherNodeReference();
                if (beyond != node && far.parent.containsKey(beyond)) {
                    near.parent.put(beyond, step);
                    return beyond;
                }
            }
            return ROOT;
        }

        int degree(long node) {
            read0.singleNode(node, nodes);
            return nodes.next() ? nodes.degree(involves) : 0;
        }

        /**
         * Replaces the side's frontier by the next level, its nodes taken in ascending degree;
         * returns the first node the other side already reached, or ROOT for none.
         */
        long expand(Side near, Side far, long maxRelationships) throws BudgetSpent {
            int n = near.frontier.length;
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = ((long) near.degrees[i] << 32) | i;
            }
            Arrays.sort(order);
            long[] next = new long[16];
            int size = 0;
            // Both frontiers hold entities (INVOLVES joins an entity to a claim or event, so every
            // chain between entities has even length): this level's claims cannot meet the other
            // side, but one step past them can, and that chain is then a shortest one.
            boolean lookAhead = near.depth % 2 == 0 && far.depth % 2 == 0
                    && near.depth + far.depth + 2 <= maxRelationships;
            for (long key : order) {
                long node = near.frontier[(int) (key & 0xffffffffL)];
                read0.singleNode(node, nodes);
                if (!nodes.next()) {
                    continue;
                }
                nodes.relationships(relationships, involves);
                while (relationships.next()) {
                    if (read >= budget) {
                        throw new BudgetSpent();
                    }
                    if (++read % GUARD_EVERY == 0) {
                        guard.check();
                    }
                    long other = relationships.otherNodeReference();
                    if (near.parent.containsKey(other)) {
                        continue;
                    }
                    near.parent.put(other, node);
                    if (far.parent.containsKey(other)) {
                        near.depth++;
                        return other;
                    }
                    if (lookAhead) {
                        long met = lookAhead(near, far, node, other);
                        if (met != ROOT) {
                            return met;
                        }
                    }
                    if (size == next.length) {
                        next = Arrays.copyOf(next, size * 2);
                    }
                    next[size++] = other;
                }
            }
            near.frontier = Arrays.copyOf(next, size);
            near.depth++;
            if (size <= EXACT_COST) {
                near.degrees = new int[size];
                long cost = 0;
                for (int i = 0; i < size; i++) {
                    near.degrees[i] = degree(near.frontier[i]);
                    cost += near.degrees[i];
                }
                near.cost = cost;
            } else {
                // Reading every node's degree costs more than the degree's worth here (a hub's
                // level of claims); a sample estimates the cost, and the level goes in found order.
                near.degrees = new int[size];
                long sampled = 0;
                for (int i = 0; i < SAMPLE; i++) {
                    sampled += degree(near.frontier[(int) ((long) i * size / SAMPLE)]);
                }
                near.cost = sampled * size / SAMPLE;
            }
            return ROOT;
        }
    }

    /** The chain from a's root through the meeting node to b's root. */
    @SuppressWarnings("deprecation")
    private List<Node> chain(Side a, Side b, long meeting) {
        List<Long> ids = new ArrayList<>();
        for (long n = meeting; n != ROOT; n = a.parent.get(n)) {
            ids.add(0, n);
        }
        for (long n = b.parent.get(meeting); n != ROOT; n = b.parent.get(n)) {
            ids.add(n);
        }
        List<Node> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            out.add(tx.getNodeById(id));
        }
        return out;
    }
}
