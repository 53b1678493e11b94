// The stored claims most like a statement: Lucene BM25 over the claim_match_text index, where a
// claim is one document, its matchText: its own text and its occurrences' exact words
// (cypher/matching/refresh-match-text). $query is the statement's distinct words, already cleaned
// and escaped by the caller (src/matching). Equal scores break by claim id, so duplicate claim
// texts always come in the same order.
CALL db.index.fulltext.queryNodes('claim_match_text', $query, {limit: $hits}) YIELD node AS claim, score
// Narrowing: an entity the claim is about or that said it; a date window that the claim's period
// or one of its occurrences' said or published dates overlaps (a claim with no date is left out).
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
  claim {.*, recordedAt: toString(claim.recordedAt), matchText: null} AS claim,
  [(claim)-[:INVOLVES|ABOUT]->(e:Entity) | e {.id, .name, .aliases}] AS entities,
  [(claim)<-[:OF_CLAIM]-(:Occurrence)-[:ATTRIBUTED_TO]->(s:Entity) | s.id] AS speakerIds,
  [(claim)<-[:OF_CLAIM]-(o:Occurrence) | {
    exact: o.exact,
    earliest: coalesce(o.saidEarliest, o.publishedEarliest),
    latest: coalesce(o.saidLatest, o.publishedLatest)
  }] AS occurrences
