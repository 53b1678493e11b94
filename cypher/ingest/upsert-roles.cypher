UNWIND $roles AS r
MATCH (holder:Entity {id: r.holder})
MERGE (role:Role {id: r.id})
  ON CREATE SET
    role.title = r.title,
    role.asWritten = r.asWritten,
    role.periodText = r.period.text,
    role.periodEarliest = r.period.earliest,
    role.periodLatest = r.period.latest,
    role.periodPrecision = r.period.precision,
    role.recordedAt = datetime()
MERGE (holder)-[:HOLDS_ROLE]->(role)
WITH role, r
OPTIONAL MATCH (org:Entity {id: r.of})
FOREACH (o IN CASE WHEN org IS NULL THEN [] ELSE [org] END | MERGE (role)-[:ROLE_IN]->(o))
