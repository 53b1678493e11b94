// A null filter keeps every claim; the sourcing flags are kept on each claim at write time.
// Exactly one branch below runs, chosen by which filters are given: it seeks the index of the
// first given flag (composite with id, so a page comes out in id order without sorting every
// match) and checks the other flags on the way. `$x IS NULL OR c.x = $x` in one MATCH would
// defeat every index and scan all claims.
CALL () {
  WITH 1 AS guard WHERE $disputed IS NOT NULL
  MATCH (c:Claim) WHERE c.disputed = $disputed
    AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
    AND ($corroborated IS NULL OR c.corroborated = $corroborated)
  RETURN count(c) AS total
  UNION ALL
  WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NOT NULL
  MATCH (c:Claim) WHERE c.anonymousOnly = $anonymousOnly
    AND ($corroborated IS NULL OR c.corroborated = $corroborated)
  RETURN count(c) AS total
  UNION ALL
  WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NOT NULL
  MATCH (c:Claim) WHERE c.corroborated = $corroborated
  RETURN count(c) AS total
  UNION ALL
  // Unfiltered, the count store answers without touching a claim.
  MATCH (c:Claim)
  WITH count(c) AS all
  RETURN CASE WHEN $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NULL THEN all ELSE 0 END AS total
}
WITH sum(total) AS total
CALL () {
  CALL () {
    WITH 1 AS guard WHERE $disputed IS NOT NULL
    MATCH (c:Claim) WHERE c.disputed = $disputed AND c.id IS NOT NULL
      AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
      AND ($corroborated IS NULL OR c.corroborated = $corroborated)
    WITH c ORDER BY c.disputed, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NOT NULL
    MATCH (c:Claim) WHERE c.anonymousOnly = $anonymousOnly AND c.id IS NOT NULL
      AND ($corroborated IS NULL OR c.corroborated = $corroborated)
    WITH c ORDER BY c.anonymousOnly, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NOT NULL
    MATCH (c:Claim) WHERE c.corroborated = $corroborated AND c.id IS NOT NULL
    WITH c ORDER BY c.corroborated, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NULL
    MATCH (c:Claim) WHERE c.id IS NOT NULL
    WITH c ORDER BY c.id SKIP $skip LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.id
  RETURN collect(c {.*, recordedAt: toString(c.recordedAt)}) AS items
}
RETURN total, items
