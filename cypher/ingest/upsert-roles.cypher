// r.dates holds the four stored properties of the role's period, as src/fuzzy-date.ts names them.
UNWIND $roles AS r
MATCH (holder:Entity {id: r.holder})
MERGE (role:Role {id: r.id})
  ON CREATE SET
    role.title = r.title,
    role.asWritten = r.asWritten,
    role += r.dates,
    role.recordedAt = datetime()
MERGE (holder)-[:HOLDS_ROLE]->(role)
WITH role, r
OPTIONAL MATCH (org:Entity {id: r.of})
FOREACH (o IN CASE WHEN org IS NULL THEN [] ELSE [org] END | MERGE (role)-[:ROLE_IN]->(o))
