// Each dated claim and event keeps the class of its interval's length, so that a range timeline
// can bound `earliest` from both sides per class (timeline/timeline-for-range): an item of class k
// overlapping [$from, $to] starts no earlier than $from minus the class's bound. Length is
// measured on the dates read as numbers (2022-09-15 is 20220915), which never fails on a
// malformed date and orders exactly as the strings do; the bounds are 30 (a day, a month), 400
// (part of a year), 1200 (a year), 100000 (ten years), and class 4 is unbounded.
// Beside the class, each keeps its timeline order as one string, the order key: earliest, then
// latest ('~~~~~~~~~~' when unknown, which sorts after every date as a null sorts last), then the
// id. Dates are ten characters (YYYY-MM-DD), so the key orders exactly as ORDER BY earliest,
// latest, id does, and the (class, key) index yields a window's items already in page order.
// Keep the bounds equal to those in timeline/timeline-for-range.cypher (and src/import/).
// The order key is also what the item is counted under in the date tallies, the prefix sums
// behind a range timeline's totalCount: per year, month and day, the items that start then
// ('start-year:2012', 'start-month:2012-10', 'start-day:2012-10-31') and the items that end then
// ('end-…', where the end is latest, or earliest when latest is unknown, as the timeline's overlap
// rule has it). An item whose key changed moves from the tallies of its old key to those of its
// new one. The first SET reads the property it writes, so it takes the item's write lock before
// the old key is read: two transactions never move one item twice. Tallies are updated in key
// order, so transactions never wait on each other's tallies in a cycle, and
// `t.count = t.count + delta` runs under the tally's write lock (as claims/refresh-claim-tallies).
// $ids names claims and events whose dates were written; unknown ids are ignored.
UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
  MATCH (c:Claim {id: id})
  SET c.appliesOrder = c.appliesOrder
  WITH c, c.appliesOrder AS old, c.appliesEarliest AS earliest,
       toInteger(replace(coalesce(c.appliesLatest, c.appliesEarliest), '-', '')) - toInteger(replace(c.appliesEarliest, '-', '')) AS length
  WITH c, old, CASE WHEN earliest IS NULL THEN null WHEN length IS NULL THEN 4 WHEN length <= 30 THEN 0
                    WHEN length <= 400 THEN 1 WHEN length <= 1200 THEN 2 WHEN length <= 100000 THEN 3 ELSE 4 END AS span,
               earliest + coalesce(c.appliesLatest, '~~~~~~~~~~') + c.id AS new
  SET c.appliesSpan = span, c.appliesOrder = new
  RETURN old, new
  UNION ALL
  MATCH (ev:Event {id: id})
  SET ev.dateOrder = ev.dateOrder
  WITH ev, ev.dateOrder AS old, ev.dateEarliest AS earliest,
       toInteger(replace(coalesce(ev.dateLatest, ev.dateEarliest), '-', '')) - toInteger(replace(ev.dateEarliest, '-', '')) AS length
  WITH ev, old, CASE WHEN earliest IS NULL THEN null WHEN length IS NULL THEN 4 WHEN length <= 30 THEN 0
                     WHEN length <= 400 THEN 1 WHEN length <= 1200 THEN 2 WHEN length <= 100000 THEN 3 ELSE 4 END AS span,
                earliest + coalesce(ev.dateLatest, '~~~~~~~~~~') + ev.id AS new
  SET ev.dateSpan = span, ev.dateOrder = new
  RETURN old, new
}
WITH old, new WHERE coalesce(substring(old, 0, 20), '') <> coalesce(substring(new, 0, 20), '')
UNWIND [change IN [[old, -1], [new, 1]] WHERE change[0] IS NOT NULL] AS change
WITH change[1] AS sign, substring(change[0], 0, 10) AS earliest, substring(change[0], 10, 10) AS latest
WITH sign, earliest, CASE latest WHEN '~~~~~~~~~~' THEN earliest ELSE latest END AS end
UNWIND ['start-year:' + substring(earliest, 0, 4), 'start-month:' + substring(earliest, 0, 7), 'start-day:' + earliest,
        'end-year:' + substring(end, 0, 4), 'end-month:' + substring(end, 0, 7), 'end-day:' + end] AS key
WITH key, sum(sign) AS delta
WITH key, delta ORDER BY key
  WHERE delta <> 0
MERGE (t:DateTally {key: key})
  ON CREATE SET t.count = 0
SET t.count = t.count + delta
