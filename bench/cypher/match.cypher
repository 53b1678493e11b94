// The claims most like a statement: the full-text part of cypher/matching/match-claims.cypher
// (a claim hit through its text or its occurrences' exact words, scored as its text's score plus
// $quoteWeight times its best occurrence's), without narrowing and returning ids and scores only.
CALL db.index.fulltext.queryNodes('claim_match', $query, {limit: $hits}) YIELD node, score
WITH
  CASE WHEN node:Claim THEN node ELSE head([(node)-[:OF_CLAIM]->(c:Claim) | c]) END AS claim,
  CASE WHEN node:Claim THEN score ELSE 0.0 END AS textScore,
  CASE WHEN node:Claim THEN 0.0 ELSE score END AS quoteScore
WHERE claim IS NOT NULL
WITH claim, max(textScore) + $quoteWeight * max(quoteScore) AS score
ORDER BY score DESC, claim.id ASC
LIMIT $first
RETURN collect({id: claim.id, score: score}) AS matches
