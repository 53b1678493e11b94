// One entry per write, in the write's own transaction, so that no change lands unrecorded.
// CONCERNS links the entry to the claims and entities it touched, for auditLog(claimId/entityId).
CREATE (a:AuditEntry {
  id: $entry.id,
  at: datetime(),
  actor: $entry.actor,
  actorVia: $entry.actorVia,
  role: $entry.role,
  action: $entry.action,
  summary: $entry.summary,
  targetIds: $entry.targetIds,
  changes: $entry.changes
})
WITH a
CALL (a) {
  UNWIND $entry.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  MERGE (a)-[:CONCERNS]->(c)
}
CALL (a) {
  UNWIND $entry.entityIds AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (a)-[:CONCERNS]->(e)
}
RETURN a.id AS id
