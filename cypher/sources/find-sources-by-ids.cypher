UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id AS key, s {
  .*,
  recordedAt: toString(s.recordedAt),
  publisherId: head([(s)-[:PUBLISHED_BY]->(p:Entity) | p.id])
} AS value
