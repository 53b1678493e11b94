// Every dated event and claim whose interval overlaps [$from, $to]; either bound may be null.
// totalCount comes from the date tallies kept at write time (timeline/refresh-time-spans): the
// items overlapping [$from, $to] are those that start on or before $to, less those that end
// before $from (an item that ends before $from started before it, and $from <= $to). Each side is
// a prefix sum over dates read from tallies per year, month and day: the items starting on or
// before 2012-10-31 are those of the years before 2012, of the months of 2012 before October and
// of the days of October 2012 up to the 31st. Each part is one range seek of the tallies' key
// index, so the count reads about (years + 12 + 31) tallies a side whatever the window holds.
// The (key, count) index hands out the counts with the keys (PROFILE: half the db hits of the
// key constraint's index, which leaves each count to be read from its node); the hint is needed,
// as the planner otherwise prefers the unique index.
// A null $to counts every dated item; a null $from subtracts nothing.
// For the page, each item keeps the class of its interval's length and its order key (earliest,
// latest, id as one string; timeline/refresh-time-spans): an item of class k that ends on or
// after $from starts no earlier than $from minus k's bound, so each class is one seek of the
// (span, key) index bounded on both sides. Lengths and bounds are measured on the dates read as
// numbers (2022-09-15 is 20220915): exact for any YYYY-MM-DD string. Class 4 (longer than ten
// years) is bounded by $to only. Keep the bounds equal to those in timeline/refresh-time-spans.cypher.
// The key starts with the ten characters of `earliest`, followed by a digit or '~', so
// `key < $to + char(127)` is `earliest <= $to`. The end of the interval (latest, or earliest when
// latest is unknown) is on or after $from when the key's latest part is (a '~' part always is)
// and, if latest is unknown, the key itself is: both read from the index's values. The page is
// the first $skip + $limit keys of each class, straight from the index in order (ORDER BY span,
// key right after the MATCH), merged; only its items are projected, with the records of its
// claims and events beside it, shaped as their by-id queries shape them (fragments/claim-record,
// fragments/event-record), so that resolving the page needs no further round trip. The records
// are written out here from properties() and OPTIONAL MATCH, not included: a node's `{.*}`
// projection or a pattern comprehension anywhere in the statement stops Neo4j from reading the
// keys out of the index. test/integration/included-records.test.ts holds these records equal to
// the by-id ones.
WITH CASE WHEN $to IS NULL THEN [['start-year:', 'start-year:\u007F', 1]]
          ELSE [['start-year:', 'start-year:' + substring($to, 0, 4), 1],
                ['start-month:' + substring($to, 0, 4), 'start-month:' + substring($to, 0, 7), 1],
                ['start-day:' + substring($to, 0, 7), 'start-day:' + $to + '\u007F', 1]] END +
     CASE WHEN $from IS NULL THEN []
          ELSE [['end-year:', 'end-year:' + substring($from, 0, 4), -1],
                ['end-month:' + substring($from, 0, 4), 'end-month:' + substring($from, 0, 7), -1],
                ['end-day:' + substring($from, 0, 7), 'end-day:' + $from, -1]] END AS ranges
UNWIND ranges AS seek
CALL (seek) {
  MATCH (t:DateTally) USING INDEX t:DateTally(key, count)
  WHERE t.key >= seek[0] AND t.key < seek[1] AND t.count IS NOT NULL
  RETURN sum(seek[2] * t.count) AS part
}
WITH sum(part) AS total
WITH total, CASE WHEN $to IS NULL THEN '\u007F' ELSE $to + '\u007F' END AS upper,
     [[0, 30], [1, 400], [2, 1200], [3, 100000], [4, null]] AS classes
WITH total, upper, [class IN classes |
  [class[0], CASE WHEN $from IS NULL OR class[1] IS NULL OR toInteger(replace($from, '-', '')) - class[1] < 0 THEN ''
                  ELSE substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 0, 4) + '-' +
                       substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 4, 2) + '-' +
                       substring(right('0000000' + toString(toInteger(replace($from, '-', '')) - class[1]), 8), 6, 2) END]
  ] AS bounds
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
