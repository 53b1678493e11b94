// The date tallies as the writes kept them (cypher/timeline/refresh-time-spans), next to a count
// from scratch of the dated claims and events under each: per year, month and day of an item's
// start (earliest) and of its end (latest, or earliest when latest is unknown), read from its
// order key. Only the keys where the two differ come back.
CALL () {
  CALL () {
    MATCH (c:Claim)
    WHERE c.appliesOrder IS NOT NULL
    RETURN substring(c.appliesOrder, 0, 20) AS dates
    UNION ALL
    MATCH (ev:Event)
    WHERE ev.dateOrder IS NOT NULL
    RETURN substring(ev.dateOrder, 0, 20) AS dates
  }
  WITH dates, count(*) AS items
  WITH items, substring(dates, 0, 10) AS earliest, substring(dates, 10, 10) AS latest
  WITH items, earliest, CASE latest WHEN '~~~~~~~~~~' THEN earliest ELSE latest END AS end
  UNWIND ['start-year:' + substring(earliest, 0, 4), 'start-month:' + substring(earliest, 0, 7), 'start-day:' + earliest,
          'end-year:' + substring(end, 0, 4), 'end-month:' + substring(end, 0, 7), 'end-day:' + end] AS key
  RETURN key, items AS counted
  UNION ALL
  MATCH (t:DateTally)
  RETURN t.key AS key, 0 AS counted
}
WITH key, sum(counted) AS counted
OPTIONAL MATCH (t:DateTally {key: key})
WITH key, counted, coalesce(sum(t.count), 0) AS kept, count(t) AS tallies
WHERE counted <> kept OR tallies > 1
RETURN key, counted, kept, tallies
ORDER BY key
