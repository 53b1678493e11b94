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
RETURN total,
  [item IN shown | {kind: item.kind, id: item.id, earliest: item.earliest, latest: item.latest}] AS items,
  {
  claims: [c IN [item IN shown WHERE item.kind = 'CLAIM' | item.node] | c {/* include fragments/claim-record */}],
  events: [ev IN [item IN shown WHERE item.kind = 'EVENT' | item.node] | ev {/* include fragments/event-record */}]
  } AS included
