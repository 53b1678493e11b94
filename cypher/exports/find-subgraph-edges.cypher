// The stored links among a subgraph's nodes: who a claim or event involves, which events a claim is
// about, and which claims dispute or support which. $ids is a parameter, so `IN $ids` is a hash lookup.
CALL () {
  UNWIND $claimIds AS id
  MATCH (c:Claim {id: id})-[r:INVOLVES|ABOUT|DISPUTES|SUPPORTS]->(b)
  WHERE b.id IN $ids AND (type(r) <> 'ABOUT' OR b:Event)
  RETURN c.id AS source, b.id AS target, type(r) AS relation
  UNION ALL
  UNWIND $eventIds AS id
  MATCH (ev:Event {id: id})-[r:INVOLVES]->(b:Entity)
  WHERE b.id IN $ids
  RETURN ev.id AS source, b.id AS target, type(r) AS relation
}
RETURN source, target, relation
ORDER BY source, target, relation
