// The current disputes and supports of each claim, in relation id order ($ids are claim ids).
// Beside them come the claims on their other side, their evidence and who spoke and reported it,
// shaped as their by-id queries shape them. A claim without relations has no row.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {/* include fragments/claim-relations */}
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
  RETURN collect(o {/* include fragments/occurrence-record */}) AS occurrences
}
CALL (occurrences) {/* include fragments/occurrence-entities */}
RETURN id AS key, relations AS value, {
  claims: [x IN others | x {/* include fragments/claim-record */}],
  occurrences: occurrences,
  entities: entities
} AS included
