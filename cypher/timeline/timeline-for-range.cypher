// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
// Each item keeps the class of its interval's length and its order key (earliest, latest, id as
// one string; timeline/refresh-time-spans): an item of class k that ends on or after $from starts
// no earlier than $from minus k's bound, so each class is one seek of the (span, key) index
// bounded on both sides. Lengths and bounds are measured on the dates read as numbers
// (2022-09-15 is 20220915): exact for any YYYY-MM-DD string. Class 4 (longer than ten years) is
// bounded by $to only. Keep the bounds equal to those in timeline/refresh-time-spans.cypher.
// The key starts with the ten characters of `earliest`, followed by a digit or '~', so
// `key < $to + char(127)` is `earliest <= $to`. The end of the interval (latest, or earliest when
// latest is unknown) is on or after $from when the key's latest part is (a '~' part always is)
// and, if latest is unknown, the key itself is: both read from the index's values, so the count
// reads no node. The page is the first $skip + $limit keys of each class, straight from the
// index in order (ORDER BY span, key right after the MATCH), merged; only its items are
// projected, with the records of its claims and events beside it, shaped as their by-id queries
// shape them (fragments/claim-record, fragments/event-record), so that resolving the page needs
// no further round trip. The records are written out here from properties() and OPTIONAL MATCH,
// not included: a node's `{.*}` projection or a pattern comprehension anywhere in the statement
// stops Neo4j from reading the keys out of the index (PROFILE: the count then read each item's
// key from the store, 3 db hits an item). test/integration/included-records.test.ts holds these
// records equal to the by-id ones.
WITH CASE WHEN $to IS NULL THEN '\u007F' ELSE $to + '\u007F' END AS upper,
     [[0, 30], [1, 400], [2, 1200], [3, 100000], [4, null]] AS classes
WITH upper, [class IN classes |
  [class[0], CASE WHEN $from IS NULL OR class[1] IS NULL OR toInteger(replace($from, '-', '')) - class[1] < 0 THEN ''
                  ELSE substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 0, 4) + '-' +
                       substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 4, 2) + '-' +
                       substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 6, 2) END]
  ] AS bounds
UNWIND bounds AS bound
WITH bounds, upper, bound[0] AS span, bound[1] AS lower
CALL (span, lower, upper) {
  MATCH (ev:Event)
  WHERE ev.dateSpan = span AND ev.dateOrder >= lower AND ev.dateOrder < upper
    AND substring(ev.dateOrder, 10, 10) >= coalesce($from, '')
    AND (ev.dateOrder >= coalesce($from, '') OR substring(ev.dateOrder, 10, 1) <> '~')
  RETURN count(*) AS events
}
CALL (span, lower, upper) {
  MATCH (c:Claim)
  WHERE c.appliesSpan = span AND c.appliesOrder >= lower AND c.appliesOrder < upper
    AND substring(c.appliesOrder, 10, 10) >= coalesce($from, '')
    AND (c.appliesOrder >= coalesce($from, '') OR substring(c.appliesOrder, 10, 1) <> '~')
  RETURN count(*) AS claims
}
WITH bounds, upper, sum(events + claims) AS total
CALL (bounds, upper) {
  UNWIND bounds AS bound
  WITH bound[0] AS span, bound[1] AS lower
  CALL (span, lower, upper) {
    MATCH (ev:Event)
    WHERE ev.dateSpan = span AND ev.dateOrder >= lower AND ev.dateOrder < upper
      AND substring(ev.dateOrder, 10, 10) >= coalesce($from, '')
      AND (ev.dateOrder >= coalesce($from, '') OR substring(ev.dateOrder, 10, 1) <> '~')
    WITH ev ORDER BY ev.dateSpan, ev.dateOrder LIMIT $skip + $limit
    RETURN ev.dateOrder AS key, ev AS node, 'EVENT' AS kind
    UNION ALL
    MATCH (c:Claim)
    WHERE c.appliesSpan = span AND c.appliesOrder >= lower AND c.appliesOrder < upper
      AND substring(c.appliesOrder, 10, 10) >= coalesce($from, '')
      AND (c.appliesOrder >= coalesce($from, '') OR substring(c.appliesOrder, 10, 1) <> '~')
    WITH c ORDER BY c.appliesSpan, c.appliesOrder LIMIT $skip + $limit
    RETURN c.appliesOrder AS key, c AS node, 'CLAIM' AS kind
  }
  WITH key, node, kind ORDER BY key LIMIT $skip + $limit
  RETURN collect({kind: kind, node: node})[$skip..] AS shown
}
CALL (shown) {
  UNWIND [item IN shown WHERE item.kind = 'EVENT' | item.node] AS ev
  OPTIONAL MATCH (ev)-[:AT]->(place:Entity)
  WITH ev, collect(place.id) AS placeIds
  OPTIONAL MATCH (ev)-[:INVOLVED]->(participant:Entity)
  WITH ev, placeIds, collect(participant.id) AS participantIds
  RETURN collect([p IN [properties(ev)] | p {.*, recordedAt: toString(p.recordedAt),
                                              placeIds: placeIds, participantIds: participantIds}][0]) AS events
}
RETURN total,
  [item IN shown | {kind: item.kind, id: item.node.id,
                    earliest: CASE item.kind WHEN 'EVENT' THEN item.node.dateEarliest ELSE item.node.appliesEarliest END,
                    latest: CASE item.kind WHEN 'EVENT' THEN item.node.dateLatest ELSE item.node.appliesLatest END}] AS items,
  {
  claims: [c IN [item IN shown WHERE item.kind = 'CLAIM' | item.node] |
           [p IN [properties(c)] | p {.*, recordedAt: toString(p.recordedAt), matchEmbedding: null}][0]],
  events: events
  } AS included
