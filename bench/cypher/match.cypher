// The claims most like a statement: the full-text part of cypher/matching/match-claims.cypher (a
// claim is one document, its matchText), without narrowing, returning ids and scores only.
CALL db.index.fulltext.queryNodes('claim_match_text', $query, {limit: $hits}) YIELD node AS claim, score
WITH claim, score
ORDER BY score DESC, claim.id ASC
LIMIT $first
RETURN collect({id: claim.id, score: score}) AS matches
