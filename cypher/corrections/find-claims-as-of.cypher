// A claim as it stood at $asOf: the first correction after that moment holds the state it
// replaced, which is the state in force then; with none after it, the current state is.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c.recordedAt <= datetime($asOf)
OPTIONAL MATCH (k:Correction)-[:CORRECTS]->(c)
WHERE k.at > datetime($asOf)
WITH id, c, k ORDER BY k.fromVersion
WITH id, c, head(collect(k)) AS next
RETURN id AS key, CASE WHEN next IS NULL THEN {
  id: c.id,
  text: c.text,
  appliesText: c.appliesText,
  appliesEarliest: c.appliesEarliest,
  appliesLatest: c.appliesLatest,
  appliesPrecision: c.appliesPrecision,
  version: coalesce(c.version, 1),
  retracted: coalesce(c.retracted, false),
  recordedAt: toString(c.recordedAt)
} ELSE {
  id: c.id,
  text: next.previousText,
  appliesText: next.previousAppliesText,
  appliesEarliest: next.previousAppliesEarliest,
  appliesLatest: next.previousAppliesLatest,
  appliesPrecision: next.previousAppliesPrecision,
  version: next.fromVersion,
  retracted: next.previousRetracted,
  recordedAt: toString(c.recordedAt)
} END AS value
