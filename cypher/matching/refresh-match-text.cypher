// A claim's matchText: its own text and the exact words of each of its occurrences, one a line,
// in occurrence id order, so matchClaims' full-text index (claim_match_text) scores a claim and
// what sources said of it as ONE document (docs/matching.md). Every write path that changes a
// claim's text or its occurrences runs this for the claims it touched.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
SET c.matchText = reduce(
  acc = c.text,
  exact IN COLLECT { MATCH (o:Occurrence)-[:OF_CLAIM]->(c) WITH o ORDER BY o.id RETURN o.exact } |
  acc + '\n' + exact)
