// Events and claims whose date interval overlaps [$from, $to], by earliest possible date. Each
// item keeps the class of its interval's length (cypher/timeline/refresh-time-spans), so each
// class is one (span, earliest) index seek bounded on both sides.
UNWIND [[0, 30], [1, 400], [2, 1200], [3, 100000], [4, null]] AS class
WITH class[0] AS span, toInteger(replace($from, '-', '')) - class[1] AS lowest
WITH span, CASE WHEN lowest IS NULL OR lowest < 0 THEN ''
                ELSE substring(right('0000000' + toString(lowest), 8), 0, 4) + '-' +
                     substring(right('0000000' + toString(lowest), 8), 4, 2) + '-' +
                     substring(right('0000000' + toString(lowest), 8), 6, 2) END AS lower
CALL (span, lower) {
  MATCH (ev:Event) WHERE ev.dateSpan = span AND ev.dateEarliest >= lower AND ev.dateEarliest <= $to
    AND coalesce(ev.dateLatest, ev.dateEarliest) >= $from
  RETURN ev AS x, 'EVENT' AS kind, ev.dateEarliest AS earliest, ev.dateLatest AS latest, ev.dateText AS dateText, ev.datePrecision AS precision
  UNION ALL
  MATCH (c:Claim) WHERE c.appliesSpan = span AND c.appliesEarliest >= lower AND c.appliesEarliest <= $to
    AND coalesce(c.appliesLatest, c.appliesEarliest) >= $from
  RETURN c AS x, 'CLAIM' AS kind, c.appliesEarliest AS earliest, c.appliesLatest AS latest, c.appliesText AS dateText, c.appliesPrecision AS precision
}
WITH x, kind, earliest, latest, dateText, precision ORDER BY earliest, latest, x.id
WITH collect(x {.id, .name, .text, kind: kind, earliest: earliest, latest: latest, dateText: dateText, precision: precision}) AS items
RETURN size(items) AS total, items[0..$first] AS items
