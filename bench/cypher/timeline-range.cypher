// Events and claims whose date interval overlaps [$from, $to], by earliest possible date. The
// count is the date tallies kept at write time (cypher/timeline/refresh-time-spans): the items
// starting on or before $to less those ending before $from, each a prefix sum of per-year,
// -month and -day tallies, one range seek each. Each item keeps the class of its interval's
// length and its order key (earliest, latest, id as one string), so the page is, per class, the
// first $first keys of a (span, key) index seek bounded on both sides, in index order.
WITH [['start-year:', 'start-year:' + substring($to, 0, 4), 1],
      ['start-month:' + substring($to, 0, 4), 'start-month:' + substring($to, 0, 7), 1],
      ['start-day:' + substring($to, 0, 7), 'start-day:' + $to + '\u007F', 1],
      ['end-year:', 'end-year:' + substring($from, 0, 4), -1],
      ['end-month:' + substring($from, 0, 4), 'end-month:' + substring($from, 0, 7), -1],
      ['end-day:' + substring($from, 0, 7), 'end-day:' + $from, -1]] AS ranges
UNWIND ranges AS seek
CALL (seek) {
  MATCH (t:DateTally) USING INDEX t:DateTally(key, count)
  WHERE t.key >= seek[0] AND t.key < seek[1] AND t.count IS NOT NULL
  RETURN sum(seek[2] * t.count) AS part
}
WITH sum(part) AS total
WITH total, $to + '\u007F' AS upper,
     [[0, 30], [1, 400], [2, 1200], [3, 100000], [4, null]] AS classes
WITH total, upper, [class IN classes |
  [class[0], CASE WHEN class[1] IS NULL OR toInteger(replace($from, '-', '')) - class[1] < 0 THEN ''
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
      AND substring(ev.dateOrder, 10, 10) >= $from AND (ev.dateOrder >= $from OR substring(ev.dateOrder, 10, 1) <> '~')
    WITH ev ORDER BY ev.dateSpan, ev.dateOrder LIMIT $first
    RETURN ev.dateOrder AS key, ev AS x, 'EVENT' AS kind, ev.dateEarliest AS earliest, ev.dateLatest AS latest, ev.dateText AS dateText, ev.datePrecision AS precision
    UNION ALL
    MATCH (c:Claim)
    WHERE c.appliesSpan = span AND c.appliesOrder >= lower AND c.appliesOrder < upper
      AND substring(c.appliesOrder, 10, 10) >= $from AND (c.appliesOrder >= $from OR substring(c.appliesOrder, 10, 1) <> '~')
    WITH c ORDER BY c.appliesSpan, c.appliesOrder LIMIT $first
    RETURN c.appliesOrder AS key, c AS x, 'CLAIM' AS kind, c.appliesEarliest AS earliest, c.appliesLatest AS latest, c.appliesText AS dateText, c.appliesPrecision AS precision
  }
  WITH key, x, kind, earliest, latest, dateText, precision ORDER BY key LIMIT $first
  RETURN collect({id: x.id, name: x.name, text: x.text, kind: kind, earliest: earliest, latest: latest, dateText: dateText, precision: precision}) AS items
}
RETURN total, items
