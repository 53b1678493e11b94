// One page of the claims that at least one review rates, in id order, with how many there are.
CALL () {
  MATCH (:Review)-[:REVIEWS]->(c:Claim)
  RETURN count(DISTINCT c) AS total
}
CALL () {
  MATCH (:Review)-[:REVIEWS]->(c:Claim)
  WITH DISTINCT c ORDER BY c.id SKIP $skip LIMIT $limit
  RETURN collect(c.id) AS ids
}
RETURN total, ids
