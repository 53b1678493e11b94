// Full-text hits over claims, quotes, entities and events, best first, counted up to $cap.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $cap}) YIELD node, score
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits[0..$first] AS hit
  WITH hit.node AS n, hit.score AS score
  RETURN collect(n {
    .id, .text, .exact, .name,
    score: score,
    kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Occurrence THEN 'QUOTE' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END
  }) AS page
}
RETURN size(hits) AS total, page AS hits
