// The claims most like a statement where Neo4j can embed text (claimgraph.embed): the ranking of
// cypher/matching/match-claims-by-meaning.cypher, statement for statement (a unit test holds the
// two to the same text), without narrowing, returning ids and scores only. The parameters are
// matchClaims' own, imported from src/matching/ (bench/operations.ts).
CALL db.index.fulltext.queryNodes('claim_match_text', $query, {limit: $hits}) YIELD node, score
WITH collect({claim: node, lexical: score}) AS lexical, max(score) AS best
WITH lexical, coalesce(best, 1.0) AS best, claimgraph.embed($text) AS statement
CALL (statement) {
  CALL db.index.vector.queryNodes('claim_match_embedding', $hits, statement) YIELD node
  RETURN collect(node) AS nearest
}
UNWIND lexical + [n IN nearest | {claim: n, lexical: 0.0}] AS hit
WITH hit.claim AS claim, best, statement, max(hit.lexical) AS lexical
WITH claim, lexical / best + $semanticWeight * coalesce(2 * vector.similarity.cosine(claim.matchEmbedding, statement) - 1, 0.0) AS score
WITH claim, score
ORDER BY score DESC, claim.id ASC
LIMIT $first
RETURN collect({id: claim.id, score: score}) AS matches
