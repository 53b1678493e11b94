// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
CALL () {
  MATCH (ev:Event)
  WHERE ev.dateEarliest IS NOT NULL
    AND ($to IS NULL OR ev.dateEarliest <= $to)
    AND ($from IS NULL OR coalesce(ev.dateLatest, ev.dateEarliest) >= $from)
  RETURN {kind: 'EVENT', id: ev.id, earliest: ev.dateEarliest, latest: ev.dateLatest} AS item
  UNION ALL
  MATCH (c:Claim)
  WHERE c.appliesEarliest IS NOT NULL
    AND ($to IS NULL OR c.appliesEarliest <= $to)
    AND ($from IS NULL OR coalesce(c.appliesLatest, c.appliesEarliest) >= $from)
  RETURN {kind: 'CLAIM', id: c.id, earliest: c.appliesEarliest, latest: c.appliesLatest} AS item
}
WITH item ORDER BY item.earliest, item.latest, item.id
WITH collect(item) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit] AS items
