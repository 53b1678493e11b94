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
// $ids names claims and events whose dates were written; unknown ids are ignored.
UNWIND $ids AS id
WITH DISTINCT id
CALL (id) {
  MATCH (c:Claim {id: id})
  WITH c, c.appliesEarliest AS earliest,
       toInteger(replace(coalesce(c.appliesLatest, c.appliesEarliest), '-', '')) - toInteger(replace(c.appliesEarliest, '-', '')) AS length
  WITH c, CASE WHEN earliest IS NULL THEN null WHEN length IS NULL THEN 4 WHEN length <= 30 THEN 0
               WHEN length <= 400 THEN 1 WHEN length <= 1200 THEN 2 WHEN length <= 100000 THEN 3 ELSE 4 END AS span,
          earliest + coalesce(c.appliesLatest, '~~~~~~~~~~') + c.id AS orderKey
  WHERE coalesce(c.appliesSpan, -1) <> coalesce(span, -1) OR coalesce(c.appliesOrder, '') <> coalesce(orderKey, '')
  SET c.appliesSpan = span, c.appliesOrder = orderKey
}
CALL (id) {
  MATCH (ev:Event {id: id})
  WITH ev, ev.dateEarliest AS earliest,
       toInteger(replace(coalesce(ev.dateLatest, ev.dateEarliest), '-', '')) - toInteger(replace(ev.dateEarliest, '-', '')) AS length
  WITH ev, CASE WHEN earliest IS NULL THEN null WHEN length IS NULL THEN 4 WHEN length <= 30 THEN 0
                WHEN length <= 400 THEN 1 WHEN length <= 1200 THEN 2 WHEN length <= 100000 THEN 3 ELSE 4 END AS span,
           earliest + coalesce(ev.dateLatest, '~~~~~~~~~~') + ev.id AS orderKey
  WHERE coalesce(ev.dateSpan, -1) <> coalesce(span, -1) OR coalesce(ev.dateOrder, '') <> coalesce(orderKey, '')
  SET ev.dateSpan = span, ev.dateOrder = orderKey
}
