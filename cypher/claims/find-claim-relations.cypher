// Disputes and supports on both sides of each claim; the resolver picks kind and direction.
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
WITH id, r, other, direction ORDER BY r.id
RETURN id AS key, collect({
  id: r.id,
  kind: r.kind,
  note: r.note,
  direction: direction,
  claimId: other.id,
  evidenceIds: [(r)-[:EVIDENCED_BY]->(e:Occurrence) | e.id]
}) AS value
