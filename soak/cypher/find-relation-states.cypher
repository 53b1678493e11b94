// Each added dispute or support as stored: the relation node, its ends, its evidence, the
// claim-to-claim shortcut current reads follow, and any retraction recorded against it.
UNWIND $relations AS wanted
OPTIONAL MATCH (rel:ClaimRelation {id: wanted.id})
CALL (rel) {
  OPTIONAL MATCH (rel)-[:FROM]->(f:Claim)
  RETURN collect(f.id) AS fromIds
}
CALL (rel) {
  OPTIONAL MATCH (rel)-[:TO]->(t:Claim)
  RETURN collect(t.id) AS toIds
}
CALL (rel) {
  OPTIONAL MATCH (rel)-[:EVIDENCED_BY]->(o:Occurrence)
  RETURN collect(o.id) AS evidence
}
CALL (wanted) {
  OPTIONAL MATCH (:Claim {id: wanted.from})-[d:DISPUTES|SUPPORTS]->(:Claim)
  WHERE d.relation = wanted.id
  RETURN count(d) AS shortcuts
}
CALL (rel) {
  OPTIONAL MATCH (k:Correction)-[:CORRECTS]->(rel)
  RETURN collect(k.reason) AS retractions
}
RETURN wanted.id AS id, count(rel) AS nodes, rel.kind AS kind,
       rel.retractedAt IS NOT NULL AS retracted, fromIds, toIds, evidence, shortcuts, retractions
