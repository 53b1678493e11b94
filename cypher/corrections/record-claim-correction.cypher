// The correction keeps the whole editable state it replaces, so that any earlier version can be
// read back (claimAsOf) without replaying anything. $previous is that state as read under the
// claim's write lock (previousText, previousRetracted and the previousApplies date), $next the
// state replacing it (text, retracted and the applies date); src/fuzzy-date.ts names the dates'
// four properties.
MATCH (c:Claim {id: $claimId})
CREATE (k:Correction {
  id: $correction.id,
  kind: $correction.kind,
  at: datetime(),
  by: $correction.by,
  reason: $correction.reason,
  changedFields: $correction.changedFields,
  fromVersion: coalesce(c.version, 1),
  toVersion: coalesce(c.version, 1) + 1
})-[:CORRECTS]->(c)
SET k += $previous,
    c += $next,
    c.version = k.toVersion,
    c.correctedAt = k.at
RETURN k {.*, at: toString(k.at)} AS correction
