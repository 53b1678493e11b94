// Takes the claim's write lock before reading it (the Cypher manual's cure for lost updates), so
// the version an edit is checked against cannot change before the edit commits.
MATCH (c:Claim {id: $id})
SET c._lock = true
REMOVE c._lock
RETURN c {.*, version: coalesce(c.version, 1), retracted: coalesce(c.retracted, false), recordedAt: toString(c.recordedAt)} AS claim
