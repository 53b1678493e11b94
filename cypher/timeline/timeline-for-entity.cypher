// Ordered by the interval (earliest, then latest); undated items come last, never guessed.
// Beside the page come the records of its claims and events, shaped as their by-id queries
// shape them, so that resolving the page needs no further round trip.
MATCH (:Entity {id: $entityId})<-[:INVOLVES]-(x)
WITH DISTINCT x
WITH CASE WHEN x:Event THEN {kind: 'EVENT', id: x.id, earliest: x.dateEarliest, latest: x.dateLatest, node: x}
          ELSE {kind: 'CLAIM', id: x.id, earliest: x.appliesEarliest, latest: x.appliesLatest, node: x} END AS item
WHERE ($from IS NULL OR coalesce(item.latest, item.earliest) >= $from)
  AND ($to IS NULL OR item.earliest <= $to)
  AND (item.earliest IS NOT NULL OR ($from IS NULL AND $to IS NULL))
WITH item ORDER BY item.earliest IS NULL, item.earliest, item.latest, item.id
WITH collect(item) AS items
WITH size(items) AS total, items[$skip..$skip + $limit] AS shown
CALL (shown) {
  UNWIND shown AS item
  WITH item WHERE item.kind = 'CLAIM'
  WITH item.node AS c
  RETURN collect(c {.*, recordedAt: toString(c.recordedAt)}) AS claims
}
CALL (shown) {
  UNWIND shown AS item
  WITH item WHERE item.kind = 'EVENT'
  WITH item.node AS ev
  RETURN collect(ev {
    .*,
    recordedAt: toString(ev.recordedAt),
    placeIds: [(ev)-[:AT]->(p:Entity) | p.id],
    participantIds: [(ev)-[:INVOLVED]->(p:Entity) | p.id],
    claimIds: [(c:Claim)-[:ABOUT]->(ev) | c.id]
  }) AS events
}
RETURN total,
       [item IN shown | {kind: item.kind, id: item.id, earliest: item.earliest, latest: item.latest}] AS items,
       {claims: claims, events: events} AS included
