// A null filter keeps every claim; the sourcing flags are kept on each claim at write time.
CALL () {
  MATCH (c:Claim)
  WHERE ($disputed IS NULL OR c.disputed = $disputed)
    AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
    AND ($corroborated IS NULL OR c.corroborated = $corroborated)
  RETURN count(c) AS total
}
CALL () {
  MATCH (c:Claim)
  WHERE ($disputed IS NULL OR c.disputed = $disputed)
    AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
    AND ($corroborated IS NULL OR c.corroborated = $corroborated)
  WITH c ORDER BY c.id SKIP $skip LIMIT $limit
  RETURN collect(c {.*, recordedAt: toString(c.recordedAt)}) AS items
}
RETURN total, items
