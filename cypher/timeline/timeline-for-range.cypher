// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
// The earliest date drives a range seek bounded by $to (a missing $to leaves it open); writing
// `$to IS NULL OR …` instead would turn the seek into a scan of every dated item. Overlap with
// $from is checked on the way: a one-dimensional index cannot bound an interval from both sides.
CALL () {
  MATCH (ev:Event)
  WHERE ev.dateEarliest <= coalesce($to, '9999-12-31')
    AND ($from IS NULL OR coalesce(ev.dateLatest, ev.dateEarliest) >= $from)
  RETURN {kind: 'EVENT', id: ev.id, earliest: ev.dateEarliest, latest: ev.dateLatest} AS item
  UNION ALL
  MATCH (c:Claim)
  WHERE c.appliesEarliest <= coalesce($to, '9999-12-31')
    AND ($from IS NULL OR coalesce(c.appliesLatest, c.appliesEarliest) >= $from)
  RETURN {kind: 'CLAIM', id: c.id, earliest: c.appliesEarliest, latest: c.appliesLatest} AS item
}
WITH item ORDER BY item.earliest, item.latest, item.id
WITH collect(item) AS items
RETURN size(items) AS total, items[$skip..$skip + $limit] AS items
