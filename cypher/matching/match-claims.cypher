// The stored claims most like a statement: Lucene BM25 over the claim_match index, where a claim
// is hit through its own text or through the exact words of one of its occurrences. $query is
// the statement's distinct words, already cleaned and escaped by the caller (src/matching).
// A claim's score is its text's score plus $quoteWeight times its best occurrence's; equal
// scores break by claim id, so duplicate claim texts always come in the same order.
CALL db.index.fulltext.queryNodes('claim_match', $query, {limit: $hits}) YIELD node, score
WITH
  CASE WHEN node:Claim THEN node ELSE head([(node)-[:OF_CLAIM]->(c:Claim) | c]) END AS claim,
  CASE WHEN node:Claim THEN score ELSE 0.0 END AS textScore,
  CASE WHEN node:Claim THEN 0.0 ELSE score END AS quoteScore
WHERE claim IS NOT NULL
WITH claim, max(textScore) + $quoteWeight * max(quoteScore) AS score
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
  claim {.*, recordedAt: toString(claim.recordedAt)} AS claim,
  [(claim)-[:INVOLVES|ABOUT]->(e:Entity) | e {.id, .name, .aliases}] AS entities,
  [(claim)<-[:OF_CLAIM]-(:Occurrence)-[:ATTRIBUTED_TO]->(s:Entity) | s.id] AS speakerIds,
  [(claim)<-[:OF_CLAIM]-(o:Occurrence) | {
    exact: o.exact,
    earliest: coalesce(o.saidEarliest, o.publishedEarliest),
    latest: coalesce(o.saidLatest, o.publishedLatest)
  }] AS occurrences
