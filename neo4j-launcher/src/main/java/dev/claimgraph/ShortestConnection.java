package dev.claimgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterable;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.TerminationGuard;

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
 * <p>{@code budget} bounds the relationships read: when the next one would pass it, the search
 * stops and answers {@code complete = false} with no chain (one may exist). The count does not
 * depend on the machine's load, unlike a time budget.
 */
public final class ShortestConnection {

    private static final RelationshipType INVOLVES = RelationshipType.withName("INVOLVES");
    private static final Label ENTITY = Label.label("Entity");
    /** Relationships read between two checks that the transaction is still wanted (timeout, kill). */
    private static final int GUARD_EVERY = 1024;

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
        final Map<Node, Node> parent = new HashMap<>();
        List<Node> frontier = new ArrayList<>();
        /** Relationships of the frontier's nodes: what expanding it would read at most. */
        long cost;
        int depth;

        Side(Node root) {
            parent.put(root, null);
            frontier.add(root);
            cost = root.getDegree(INVOLVES, Direction.BOTH);
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
        Side a = new Side(from);
        Side b = new Side(to);
        Reader reader = new Reader(guard, budget);
        while (a.depth + b.depth < maxRelationships && !a.frontier.isEmpty() && !b.frontier.isEmpty()) {
            boolean fromSide = a.cost <= b.cost;
            Side near = fromSide ? a : b;
            Side far = fromSide ? b : a;
            Node meeting;
            try {
                meeting = reader.expand(near, far);
            } catch (BudgetSpent e) {
                return Stream.of(new Result(null, false, reader.read));
            }
            if (meeting != null) {
                return Stream.of(new Result(chain(a, b, meeting), true, reader.read));
            }
        }
        return Stream.of(new Result(null, true, reader.read));
    }

    /** Thrown when the next relationship would pass the budget. */
    private static final class BudgetSpent extends Exception {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** Reads relationships for one search and counts them against its budget. */
    private static final class Reader {
        private final TerminationGuard guard;
        private final long budget;
        long read;

        Reader(TerminationGuard guard, long budget) {
            this.guard = guard;
            this.budget = budget;
        }

        /** Replaces the side's frontier by the next level; returns the first node the other side already reached, if any. */
        Node expand(Side near, Side far) throws BudgetSpent {
            List<Node> next = new ArrayList<>();
            long nextCost = 0;
            for (Node node : near.frontier) {
                try (ResourceIterable<Relationship> relationships = node.getRelationships(Direction.BOTH, INVOLVES)) {
                    for (Relationship relationship : relationships) {
                        if (read >= budget) {
                            throw new BudgetSpent();
                        }
                        if (++read % GUARD_EVERY == 0) {
                            guard.check();
                        }
                        Node other = relationship.getOtherNode(node);
                        if (near.parent.containsKey(other)) {
                            continue;
                        }
                        near.parent.put(other, node);
                        if (far.parent.containsKey(other)) {
                            near.depth++;
                            return other;
                        }
                        next.add(other);
                        nextCost += other.getDegree(INVOLVES, Direction.BOTH);
                    }
                }
            }
            near.frontier = next;
            near.cost = nextCost;
            near.depth++;
            return null;
        }
    }

    /** The chain from a's root through the meeting node to b's root. */
    private static List<Node> chain(Side a, Side b, Node meeting) {
        Deque<Node> nodes = new ArrayDeque<>();
        for (Node n = meeting; n != null; n = a.parent.get(n)) {
            nodes.addFirst(n);
        }
        for (Node n = b.parent.get(meeting); n != null; n = b.parent.get(n)) {
            nodes.addLast(n);
        }
        return new ArrayList<>(nodes);
    }
}
