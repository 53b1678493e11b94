// The entities, claims and events within $depth entity-to-entity steps of one entity, walking the
// INVOLVES links a claim or event has to everyone it concerns. Each ring is capped at $maxNodes,
// so a hub costs at most a few times $maxNodes rows; `distance` counts node steps from the centre.
MATCH (center:Entity {id: $entityId})
CALL (center) {
  MATCH (center)<-[:INVOLVES]-(via)
  WITH DISTINCT via ORDER BY via.id LIMIT $maxNodes
  RETURN collect(via) AS via1
}
CALL (center, via1) {
  UNWIND via1 AS via
  MATCH (via)-[:INVOLVES]->(e:Entity)
  WHERE e <> center
  WITH DISTINCT e ORDER BY e.id LIMIT $maxNodes
  RETURN collect(e) AS ring1
}
CALL (center, via1, ring1) {
  UNWIND CASE WHEN $depth >= 2 THEN ring1 ELSE [] END AS e
  MATCH (e)<-[:INVOLVES]-(via)
  WHERE NOT via IN via1
  WITH DISTINCT via ORDER BY via.id LIMIT $maxNodes
  RETURN collect(via) AS via2
}
CALL (center, ring1, via2) {
  UNWIND via2 AS via
  MATCH (via)-[:INVOLVES]->(e:Entity)
  WHERE e <> center AND NOT e IN ring1
  WITH DISTINCT e ORDER BY e.id LIMIT $maxNodes
  RETURN collect(e) AS ring2
}
WITH [{n: center, distance: 0}]
     + [n IN via1 | {n: n, distance: 1}]
     + [n IN ring1 | {n: n, distance: 2}]
     + [n IN via2 | {n: n, distance: 3}]
     + [n IN ring2 | {n: n, distance: 4}] AS reached
WITH reached, size(reached) > $maxNodes AS truncated
UNWIND reached[0..$maxNodes] AS r
WITH truncated, r.n AS n, r.distance AS distance
RETURN truncated, collect(n {
  .id,
  type: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END,
  kind: n.kind,
  label: coalesce(n.name, n.text),
  date: coalesce(n.dateText, n.appliesText),
  earliest: coalesce(n.dateEarliest, n.appliesEarliest),
  disputed: n.disputed,
  distance: distance
}) AS nodes
