// Entity-claim-entity and entity-event-entity steps over INVOLVES; the bound 12 relationships is 6
// entity hops, the API's maximum, and the resolver rejects paths longer than the caller's maxHops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)(()-[:INVOLVES]-()){1,12}(b)
RETURN [n IN nodes(p) | {id: n.id, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps
