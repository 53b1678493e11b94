// A null filter keeps every claim; the sourcing flags are kept on each claim at write time.
// Exactly one branch below runs, chosen by which filters are given: it seeks the index of the
// first given flag (composite with id, so a page comes out in id order without sorting every
// match) and checks the other flags on the way. `$x IS NULL OR c.x = $x` in one MATCH would
// defeat every index and scan all claims.
// totalCount comes from the tallies kept at write time (claims/refresh-claim-tallies): one per
// combination of the four flags, each t(rue), f(alse) or n (unset); a filter sums the tallies of
// the combinations it admits, at most 81 index seeks whatever the number of matching claims.
// Unfiltered, the count store answers without touching a claim.
CALL () {
  WITH 1 AS guard
    WHERE $disputed IS NOT NULL OR $anonymousOnly IS NOT NULL OR $corroborated IS NOT NULL
      OR $singleOrigin IS NOT NULL
  UNWIND CASE $disputed WHEN true THEN ['t'] WHEN false THEN ['f'] ELSE ['t', 'f', 'n'] END AS d
  UNWIND CASE $anonymousOnly WHEN true THEN ['t'] WHEN false THEN ['f'] ELSE ['t', 'f', 'n'] END AS a
  UNWIND CASE $corroborated WHEN true THEN ['t'] WHEN false THEN ['f'] ELSE ['t', 'f', 'n'] END AS k
  UNWIND CASE $singleOrigin WHEN true THEN ['t'] WHEN false THEN ['f'] ELSE ['t', 'f', 'n'] END AS o
  OPTIONAL MATCH (t:ClaimTally {key: d + a + k + o})
  RETURN coalesce(sum(t.count), 0) AS total
  UNION ALL
  MATCH (c:Claim)
  WITH count(c) AS all
  RETURN CASE WHEN $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NULL
    AND $singleOrigin IS NULL THEN all ELSE 0 END AS total
}
WITH sum(total) AS total
CALL () {
  CALL () {
    WITH 1 AS guard WHERE $disputed IS NOT NULL
    MATCH (c:Claim) WHERE c.disputed = $disputed AND c.id IS NOT NULL
      AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
      AND ($corroborated IS NULL OR c.corroborated = $corroborated)
      AND ($singleOrigin IS NULL OR c.singleOrigin = $singleOrigin)
    WITH c ORDER BY c.disputed, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NOT NULL
    MATCH (c:Claim) WHERE c.anonymousOnly = $anonymousOnly AND c.id IS NOT NULL
      AND ($corroborated IS NULL OR c.corroborated = $corroborated)
      AND ($singleOrigin IS NULL OR c.singleOrigin = $singleOrigin)
    WITH c ORDER BY c.anonymousOnly, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NOT NULL
    MATCH (c:Claim) WHERE c.corroborated = $corroborated AND c.id IS NOT NULL
      AND ($singleOrigin IS NULL OR c.singleOrigin = $singleOrigin)
    WITH c ORDER BY c.corroborated, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NULL
      AND $singleOrigin IS NOT NULL
    MATCH (c:Claim) WHERE c.singleOrigin = $singleOrigin AND c.id IS NOT NULL
    WITH c ORDER BY c.singleOrigin, c.id SKIP $skip LIMIT $limit
    RETURN c
    UNION ALL
    WITH 1 AS guard WHERE $disputed IS NULL AND $anonymousOnly IS NULL AND $corroborated IS NULL
      AND $singleOrigin IS NULL
    MATCH (c:Claim) WHERE c.id IS NOT NULL
    WITH c ORDER BY c.id SKIP $skip LIMIT $limit
    RETURN c
  }
  WITH c ORDER BY c.id
  RETURN collect(c) AS page
}
// With $withRelations (the selection shows disputes or supports) the same trip brings each
// claim's current relations as claims/find-claim-occurrences gives them with `relations: true`,
// the claims on their other side, their evidence and who spoke and reported it.
CALL (page) {
  UNWIND page AS c
  CALL (c) {
    WITH c WHERE $withRelations
    CALL (c) {/* include fragments/claim-relations */}
    WITH r, other, direction WHERE r.retractedAt IS NULL
    WITH r, other, direction, [(r)-[:EVIDENCED_BY]->(e:Occurrence) | e] AS evidence ORDER BY r.id
    RETURN collect({
      id: r.id,
      kind: r.kind,
      note: r.note,
      direction: direction,
      claimId: other.id,
      evidenceIds: [e IN evidence | e.id]
    }) AS relations, collect(other) AS others, collect(evidence) AS evidenceLists
  }
  RETURN collect({key: c.id, value: relations}) AS relations, collect(others) AS otherLists, collect(evidenceLists) AS evidenceListLists
}
CALL (otherLists) {
  UNWIND otherLists AS others
  UNWIND others AS x
  WITH DISTINCT x
  RETURN collect(x {/* include fragments/claim-record */}) AS others
}
CALL (evidenceListLists) {
  UNWIND evidenceListLists AS evidenceLists
  UNWIND evidenceLists AS evidence
  UNWIND evidence AS o
  WITH DISTINCT o
  RETURN collect(o {/* include fragments/occurrence-record */}) AS occurrences
}
CALL (occurrences) {/* include fragments/occurrence-entities */}
RETURN total,
  [c IN page | c {/* include fragments/claim-record */}] AS items,
  CASE WHEN $withRelations THEN {relations: relations, claims: others, occurrences: occurrences, entities: entities} END AS included
