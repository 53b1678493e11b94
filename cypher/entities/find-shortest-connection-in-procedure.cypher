// The shortest chain found by the launcher's bidirectional search, which expands the side whose
// frontier has fewer INVOLVES relationships, so that a hub on the other side is reached, not read
// (docs/connections.md). At most $maxRelationships relationships (2 per entity hop); it reads at most
// $budget relationships, else answers complete = false with no chain. Always one row.
CALL claimgraph.shortestConnection($from, $to, $maxRelationships, $budget)
YIELD nodes AS walked, complete, relationshipsRead
// Beside the steps come their records, shaped as the by-id queries shape them.
RETURN complete, relationshipsRead,
  [n IN walked | {id: n.id, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps,
  {
  entities: [e IN walked WHERE e:Entity | e {/* include fragments/entity-record */}],
  claims: [c IN walked WHERE c:Claim | c {/* include fragments/claim-record */}],
  events: [ev IN walked WHERE ev:Event | ev {/* include fragments/event-record */}]
  } AS included
