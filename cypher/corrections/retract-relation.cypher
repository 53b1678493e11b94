// The relation node stays, stamped retracted, for claimAsOf; the claim-to-claim shortcut that
// current reads and sourcing counts follow goes, and the disputed flag is recomputed.
MATCH (r:ClaimRelation {id: $id})-[:FROM]->(from:Claim)
MATCH (r)-[:TO]->(to:Claim)
CREATE (k:Correction {
  id: $correction.id,
  kind: 'RELATION_RETRACTION',
  at: datetime(),
  by: $correction.by,
  reason: $correction.reason,
  changedFields: ['retracted']
})-[:CORRECTS]->(r)
SET r.retractedAt = k.at, r.retractedBy = k.by, r.retractionReason = k.reason
WITH r, from, to, k
CALL (r, from, to) {
  MATCH (from)-[d:DISPUTES|SUPPORTS {relation: r.id}]->(to)
  DELETE d
}
WITH to, k
SET to.disputed = EXISTS { (:Claim)-[:DISPUTES]->(to) }
RETURN k {.*, at: toString(k.at)} AS correction
