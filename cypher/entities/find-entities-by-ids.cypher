UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, e {
  .*,
  recordedAt: toString(e.recordedAt),
  roles: [(e)-[:HOLDS_ROLE]->(r:Role) | r {.*, ofId: head([(r)-[:ROLE_IN]->(o:Entity) | o.id])}]
} AS value
