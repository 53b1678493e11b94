// Entities one claim or event away from an entity, most links first, with the link counts.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)<-[:INVOLVES]-(via)-[:INVOLVES]->(other:Entity)
  WHERE other <> e
  WITH other, count(DISTINCT CASE WHEN via:Claim THEN via END) AS claimCount, count(DISTINCT CASE WHEN via:Event THEN via END) AS eventCount
  ORDER BY claimCount + eventCount DESC, other.name, other.id
  WITH collect(CASE WHEN other IS NOT NULL THEN other {.id, .name, .kind, claimCount: claimCount, eventCount: eventCount} END) AS ranked
  RETURN size(ranked) AS total, ranked[0..$first] AS neighbours
}
RETURN e {.id, .name, total: total, neighbours: neighbours} AS entity
