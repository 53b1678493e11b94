// The claim tallies as the writes kept them, next to a count from scratch of the claims under each
// combination of the four sourcing flags (t, f or n for true, false or unset, in the order
// disputed, anonymousOnly, corroborated, singleOrigin; see cypher/claims/refresh-claim-tallies).
// Only the keys where the two differ come back.
CALL () {
  MATCH (c:Claim)
  WITH reduce(key = '', flag IN [c.disputed, c.anonymousOnly, c.corroborated, c.singleOrigin] |
         key + CASE flag WHEN true THEN 't' WHEN false THEN 'f' ELSE 'n' END) AS key
  RETURN key, count(*) AS counted
  UNION
  MATCH (t:ClaimTally)
  RETURN t.key AS key, 0 AS counted
}
WITH key, sum(counted) AS counted
OPTIONAL MATCH (t:ClaimTally {key: key})
WITH key, counted, coalesce(sum(t.count), 0) AS kept, count(t) AS tallies
WHERE counted <> kept OR tallies > 1
RETURN key, counted, kept, tallies
ORDER BY key
