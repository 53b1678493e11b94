// Events and claims whose date interval overlaps [$from, $to], by earliest possible date.
CALL () {
  MATCH (ev:Event) WHERE ev.dateEarliest <= $to AND coalesce(ev.dateLatest, ev.dateEarliest) >= $from
  RETURN ev AS x, 'EVENT' AS kind, ev.dateEarliest AS earliest, ev.dateLatest AS latest, ev.dateText AS dateText, ev.datePrecision AS precision
  UNION ALL
  MATCH (c:Claim) WHERE c.appliesEarliest <= $to AND coalesce(c.appliesLatest, c.appliesEarliest) >= $from
  RETURN c AS x, 'CLAIM' AS kind, c.appliesEarliest AS earliest, c.appliesLatest AS latest, c.appliesText AS dateText, c.appliesPrecision AS precision
}
WITH x, kind, earliest, latest, dateText, precision ORDER BY earliest, latest, x.id
WITH collect(x {.id, .name, .text, kind: kind, earliest: earliest, latest: latest, dateText: dateText, precision: precision}) AS items
RETURN size(items) AS total, items[0..$first] AS items
