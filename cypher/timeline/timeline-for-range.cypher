// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
// The earliest date drives a range seek bounded by $to (a missing $to leaves it open); writing
// `$to IS NULL OR …` instead would turn the seek into a scan of every dated item. Overlap with
// $from is checked on the way: a one-dimensional index cannot bound an interval from both sides.
// Beside the page come the records of its claims and events, shaped as their by-id queries
// shape them, so that resolving the page needs no further round trip.
CALL () {
  MATCH (ev:Event)
  WHERE ev.dateEarliest <= coalesce($to, '9999-12-31')
    AND ($from IS NULL OR coalesce(ev.dateLatest, ev.dateEarliest) >= $from)
  RETURN {kind: 'EVENT', id: ev.id, earliest: ev.dateEarliest, latest: ev.dateLatest, node: ev} AS item
  UNION ALL
  MATCH (c:Claim)
  WHERE c.appliesEarliest <= coalesce($to, '9999-12-31')
    AND ($from IS NULL OR coalesce(c.appliesLatest, c.appliesEarliest) >= $from)
  RETURN {kind: 'CLAIM', id: c.id, earliest: c.appliesEarliest, latest: c.appliesLatest, node: c} AS item
}
WITH item ORDER BY item.earliest, item.latest, item.id
WITH collect(item) AS items
WITH size(items) AS total, items[$skip..$skip + $limit] AS shown
RETURN total,
  [item IN shown | {kind: item.kind, id: item.id, earliest: item.earliest, latest: item.latest}] AS items,
  {
  claims: [c IN [item IN shown WHERE item.kind = 'CLAIM' | item.node] | c {/* include fragments/claim-record */}],
  events: [ev IN [item IN shown WHERE item.kind = 'EVENT' | item.node] | ev {/* include fragments/event-record */}]
  } AS included
