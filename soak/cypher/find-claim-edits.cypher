// Each edited claim as stored, with every correction and retraction recorded against it.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (k:Correction)-[:CORRECTS]->(c)
  WITH k ORDER BY k.fromVersion, k.toVersion
  RETURN collect(k {.kind, .reason, .fromVersion, .toVersion}) AS corrections
}
RETURN c.id AS id, c.version AS version, c.text AS text, coalesce(c.retracted, false) AS retracted,
       corrections
