// The fallback of `connection` on a Neo4j without the launcher's claimgraph.shortestConnection
// (find-shortest-connection-in-procedure; docs/connections.md), e.g. the official docker image.
// Entity-claim-entity and entity-event-entity steps over INVOLVES; the bound 12 relationships is 6
// entity hops, the API's maximum, and the resolver rejects paths longer than the caller's maxHops.
// shortestPath() is a bidirectional breadth-first search. On the 100k-claim benchmark graph, whose
// hubs have 10^5 relationships, it took 15-35 ms where the GQL form `SHORTEST 1 (a)(()-[:INVOLVES]-()){1,12}(b)`
// took 5-25 s for the same answer (Neo4j 5.26; that form's cost grows with the upper bound).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:INVOLVES*..12]-(b))
// Beside the steps come their records, shaped as the by-id queries shape them.
WITH nodes(p) AS walked
RETURN [n IN walked | {id: n.id, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps,
  {
  entities: [e IN walked WHERE e:Entity | e {/* include fragments/entity-record */}],
  claims: [c IN walked WHERE c:Claim | c {/* include fragments/claim-record */}],
  events: [ev IN walked WHERE ev:Event | ev {/* include fragments/event-record */}]
  } AS included
