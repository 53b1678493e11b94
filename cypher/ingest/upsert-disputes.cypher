// One file per relation kind: relationship types are never built from input.
UNWIND $relations AS r
MATCH (from:Claim {id: r.from})
MATCH (to:Claim {id: r.to})
MERGE (rel:ClaimRelation {id: r.id})
  ON CREATE SET rel.kind = 'DISPUTES', rel.note = r.note, rel.recordedAt = datetime()
MERGE (rel)-[:FROM]->(from)
MERGE (rel)-[:TO]->(to)
// An editor's retraction (retractRelation) outlives a reload of the bundle that made the relation.
FOREACH (_ IN CASE WHEN rel.retractedAt IS NULL THEN [1] ELSE [] END |
  MERGE (from)-[:DISPUTES {relation: r.id}]->(to)
  SET to.disputed = true)
WITH rel, r
UNWIND r.evidence AS occurrenceId
MATCH (evidence:Occurrence {id: occurrenceId})
MERGE (rel)-[:EVIDENCED_BY]->(evidence)
