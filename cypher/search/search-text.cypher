// $query is already escaped for Lucene by the caller, so user text is matched literally.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $cap}) YIELD node, score
WITH node, score
WITH collect({
  kind: CASE WHEN node:Claim THEN 'CLAIM' WHEN node:Occurrence THEN 'QUOTE' WHEN node:Event THEN 'EVENT' ELSE 'ENTITY' END,
  id: node.id,
  score: score
}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS hits
