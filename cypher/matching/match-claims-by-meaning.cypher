// matchClaims when the store can embed text (claimgraph.embed, docs/matching.md): the union of
// two candidate lists, Lucene BM25 over claim_match_text (as in match-claims) and the nearest
// claims by the sentence embedding of their text (vector index claim_match_embedding), each
// scored as BM25 / the statement's best BM25 (0 when Lucene did not return it) plus
// $semanticWeight × the cosine of the two embeddings (-1 to 1). $query is the statement's
// distinct words and $text its cleaned text, both from src/matching; the weight was learned on
// CLEF train. Narrowing and ties as in match-claims.
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
WHERE ($entityId IS NULL OR EXISTS { (claim)-[:INVOLVES|ABOUT]->(:Entity {id: $entityId}) })
  AND (($from IS NULL AND $to IS NULL)
    OR (claim.appliesEarliest IS NOT NULL
      AND ($to IS NULL OR claim.appliesEarliest <= $to)
      AND ($from IS NULL OR coalesce(claim.appliesLatest, claim.appliesEarliest) >= $from))
    OR EXISTS {
      MATCH (claim)<-[:OF_CLAIM]-(o:Occurrence)
      WITH coalesce(o.saidEarliest, o.publishedEarliest) AS earliest, coalesce(o.saidLatest, o.publishedLatest, o.saidEarliest, o.publishedEarliest) AS latest
      WHERE earliest IS NOT NULL AND ($to IS NULL OR earliest <= $to) AND ($from IS NULL OR latest >= $from)
    })
WITH claim, score
ORDER BY score DESC, claim.id ASC
LIMIT $limit
RETURN claim.id AS id, score,
  claim {.*, recordedAt: toString(claim.recordedAt), matchText: null, matchEmbedding: null} AS claim,
  [(claim)-[:INVOLVES|ABOUT]->(e:Entity) | e {.id, .name, .aliases}] AS entities,
  [(claim)<-[:OF_CLAIM]-(:Occurrence)-[:ATTRIBUTED_TO]->(s:Entity) | s.id] AS speakerIds,
  [(claim)<-[:OF_CLAIM]-(o:Occurrence) | {
    exact: o.exact,
    earliest: coalesce(o.saidEarliest, o.publishedEarliest),
    latest: coalesce(o.saidLatest, o.publishedLatest)
  }] AS occurrences
