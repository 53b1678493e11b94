// The date tallies (timeline/refresh-time-spans) counted from scratch, from each dated claim's
// and event's order key: for a store written before they were kept. Replaces any tallies there
// are, so it may run again on a store that has them (a restored export) and leaves them exact.
CALL () {
  MATCH (t:DateTally)
  DELETE t
}
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
WITH key, sum(items) AS count
CREATE (:DateTally {key: key, count: count})
