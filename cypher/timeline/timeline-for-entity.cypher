// Ordered by the interval (earliest, then latest); undated items come last, never guessed.
MATCH (:Entity {id: $entityId})<-[:INVOLVES]-(x)
WITH DISTINCT x
WITH CASE WHEN x:Event THEN {kind: 'EVENT', id: x.id, earliest: x.dateEarliest, latest: x.dateLatest}
          ELSE {kind: 'CLAIM', id: x.id, earliest: x.appliesEarliest, latest: x.appliesLatest} END AS item
WHERE ($from IS NULL OR coalesce(item.latest, item.earliest) >= $from)
  AND ($to IS NULL OR item.earliest <= $to)
  AND (item.earliest IS NOT NULL OR ($from IS NULL AND $to IS NULL))
WITH item ORDER BY item.earliest IS NULL, item.earliest, item.latest, item.id
WITH collect(item) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit] AS items
