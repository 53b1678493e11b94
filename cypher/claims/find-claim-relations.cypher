// Disputes and supports on both sides of each claim; the resolver picks kind and direction.
// Beside them come the records their resolvers ask for next (shaped as their by-id queries shape
// them): the claims on the other side, the evidence occurrences and who spoke and reported those.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (r:ClaimRelation)-[:TO]->(c)
  MATCH (r)-[:FROM]->(other:Claim)
  RETURN r, other, 'IN' AS direction
  UNION
  MATCH (r:ClaimRelation)-[:FROM]->(c)
  MATCH (r)-[:TO]->(other:Claim)
  RETURN r, other, 'OUT' AS direction
}
// A retracted relation stays for claimAsOf but is no longer a current dispute or support.
WITH id, r, other, direction WHERE r.retractedAt IS NULL
WITH id, r, other, direction, [(r)-[:EVIDENCED_BY]->(e:Occurrence) | e] AS evidence ORDER BY r.id
WITH id, collect({
  id: r.id,
  kind: r.kind,
  note: r.note,
  direction: direction,
  claimId: other.id,
  evidenceIds: [e IN evidence | e.id]
}) AS relations, collect(DISTINCT other) AS others, collect(evidence) AS evidenceLists
CALL (evidenceLists) {
  UNWIND evidenceLists AS evidence
  UNWIND evidence AS o
  WITH DISTINCT o
  RETURN collect(o {
    .*,
    recordedAt: toString(o.recordedAt),
    claimId: head([(o)-[:OF_CLAIM]->(x:Claim) | x.id]),
    speakerId: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
    reportedById: head([(o)-[:REPORTED_BY]->(r:Entity) | r.id]),
    sourceId: head([(o)-[:IN_SOURCE]->(s:Source) | s.id]),
    quotedFromId: head([(o)-[:QUOTED_FROM]->(q:Occurrence) | q.id])
  }) AS occurrences
}
CALL (occurrences) {
  UNWIND occurrences AS o
  UNWIND [o.speakerId, o.reportedById] AS entityId
  WITH DISTINCT entityId
  MATCH (e:Entity {id: entityId})
  RETURN collect(e {
    .*,
    recordedAt: toString(e.recordedAt),
    roles: [(e)-[:HOLDS_ROLE]->(r:Role) | r {.*, ofId: head([(r)-[:ROLE_IN]->(x:Entity) | x.id])}]
  }) AS entities
}
RETURN id AS key, relations AS value, {
  claims: [x IN others | x {.*, recordedAt: toString(x.recordedAt)}],
  occurrences: occurrences,
  entities: entities
} AS included
