// Disputes and supports on both sides of each claim that were recorded by $asOf and not retracted
// by then, with the evidence recorded by then: every relation of the claim, as the claim's
// relations read them, filtered by the moment.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {/* include fragments/claim-relations */}
WITH id, r, other, direction
WHERE r.recordedAt <= datetime($asOf) AND (r.retractedAt IS NULL OR r.retractedAt > datetime($asOf))
WITH id, r, other, direction ORDER BY r.id
RETURN id AS key, collect({
  id: r.id,
  kind: r.kind,
  note: r.note,
  direction: direction,
  claimId: other.id,
  recordedAt: toString(r.recordedAt),
  evidenceIds: [(r)-[:EVIDENCED_BY]->(e:Occurrence) WHERE e.recordedAt <= datetime($asOf) | e.id]
}) AS value
