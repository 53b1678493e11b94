// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
// Each item keeps the class of its interval's length (timeline/refresh-time-spans): an item of
// class k that ends on or after $from starts no earlier than $from minus k's bound, so each class
// is one seek of the (span, earliest) index bounded on both sides, and a month window reads what
// lies near the month, not every item dated before $to. Lengths and bounds are measured on the
// dates read as numbers (2022-09-15 is 20220915): exact for any YYYY-MM-DD string. Overlap with
// $from is still checked on each item; class 4 (longer than ten years) is bounded by $to only.
// Keep the bounds equal to those in timeline/refresh-time-spans.cypher.
// Beside the page come the records of its claims and events, shaped as their by-id queries
// shape them, so that resolving the page needs no further round trip.
UNWIND [[0, 30], [1, 400], [2, 1200], [3, 100000], [4, null]] AS class
WITH class[0] AS span, toInteger(replace($from, '-', '')) - class[1] AS lowest
WITH span, CASE WHEN lowest IS NULL OR lowest < 0 THEN ''
                ELSE substring(right('0000000' + toString(lowest), 8), 0, 4) + '-' +
                     substring(right('0000000' + toString(lowest), 8), 4, 2) + '-' +
                     substring(right('0000000' + toString(lowest), 8), 6, 2) END AS lower
CALL (span, lower) {
  MATCH (ev:Event)
  WHERE ev.dateSpan = span AND ev.dateEarliest >= lower AND ev.dateEarliest <= coalesce($to, '9999-12-31')
    AND ($from IS NULL OR coalesce(ev.dateLatest, ev.dateEarliest) >= $from)
  RETURN {kind: 'EVENT', id: ev.id, earliest: ev.dateEarliest, latest: ev.dateLatest, node: ev} AS item
  UNION ALL
  MATCH (c:Claim)
  WHERE c.appliesSpan = span AND c.appliesEarliest >= lower AND c.appliesEarliest <= coalesce($to, '9999-12-31')
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
