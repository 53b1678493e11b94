// $query is already escaped for Lucene by the caller, so user text is matched literally.
// Beside the page of hits come the records of what they hit, shaped as the by-id queries shape
// them, so that resolving the page needs no further round trip.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $cap}) YIELD node, score
WITH collect({
  kind: CASE WHEN node:Claim THEN 'CLAIM' WHEN node:Occurrence THEN 'QUOTE' WHEN node:Event THEN 'EVENT' ELSE 'ENTITY' END,
  id: node.id,
  score: score,
  node: node
}) AS hits
WITH size(hits) AS total, hits[$skip..$skip + $limit] AS shown
RETURN total,
  [hit IN shown | hit {.kind, .id, .score}] AS hits,
  {
  claims: [c IN [hit IN shown WHERE hit.kind = 'CLAIM' | hit.node] | c {/* include fragments/claim-record */}],
  occurrences: [o IN [hit IN shown WHERE hit.kind = 'QUOTE' | hit.node] | o {/* include fragments/occurrence-record */}],
  entities: [e IN [hit IN shown WHERE hit.kind = 'ENTITY' | hit.node] | e {/* include fragments/entity-record */}],
  events: [ev IN [hit IN shown WHERE hit.kind = 'EVENT' | hit.node] | ev {/* include fragments/event-record */}]
  } AS included
