// The correction keeps the whole editable state it replaces, so that any earlier version can be
// read back (claimAsOf) without replaying anything.
MATCH (c:Claim {id: $claimId})
CREATE (k:Correction {
  id: $correction.id,
  kind: $correction.kind,
  at: datetime(),
  by: $correction.by,
  reason: $correction.reason,
  changedFields: $correction.changedFields,
  fromVersion: coalesce(c.version, 1),
  toVersion: coalesce(c.version, 1) + 1,
  previousText: c.text,
  previousAppliesText: c.appliesText,
  previousAppliesEarliest: c.appliesEarliest,
  previousAppliesLatest: c.appliesLatest,
  previousAppliesPrecision: c.appliesPrecision,
  previousRetracted: coalesce(c.retracted, false)
})-[:CORRECTS]->(c)
// $next is the whole editable state: text, retracted and the applies date's four properties
// (src/fuzzy-date.ts names them).
SET c += $next,
    c.version = k.toVersion,
    c.correctedAt = k.at
RETURN k {.*, at: toString(k.at)} AS correction
