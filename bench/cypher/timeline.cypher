// Claims and events involving an entity, by earliest possible date; undated items last.
MATCH (:Entity {id: $id})<-[:INVOLVES]-(x)
WITH DISTINCT x
WITH x,
     CASE WHEN x:Event THEN x.dateEarliest ELSE x.appliesEarliest END AS earliest,
     CASE WHEN x:Event THEN x.dateLatest ELSE x.appliesLatest END AS latest
ORDER BY earliest IS NULL, earliest, latest, x.id
WITH collect(x {
  .id, .name, .text,
  kind: CASE WHEN x:Event THEN 'EVENT' ELSE 'CLAIM' END,
  dateText: CASE WHEN x:Event THEN x.dateText ELSE x.appliesText END,
  precision: CASE WHEN x:Event THEN x.datePrecision ELSE x.appliesPrecision END,
  earliest: earliest,
  latest: latest
}) AS items
RETURN size(items) AS total, items[0..$first] AS items
