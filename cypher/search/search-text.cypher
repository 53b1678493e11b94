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
  claims: [c IN [hit IN shown WHERE hit.kind = 'CLAIM' | hit.node] | c {.*, recordedAt: toString(c.recordedAt)}],
  occurrences: [o IN [hit IN shown WHERE hit.kind = 'QUOTE' | hit.node] | o {
    .*,
    recordedAt: toString(o.recordedAt),
    claimId: head([(o)-[:OF_CLAIM]->(x:Claim) | x.id]),
    speakerId: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
    reportedById: head([(o)-[:REPORTED_BY]->(r:Entity) | r.id]),
    sourceId: head([(o)-[:IN_SOURCE]->(s:Source) | s.id]),
    quotedFromId: head([(o)-[:QUOTED_FROM]->(q:Occurrence) | q.id])
  }],
  entities: [e IN [hit IN shown WHERE hit.kind = 'ENTITY' | hit.node] | e {
    .*,
    recordedAt: toString(e.recordedAt),
    roles: [(e)-[:HOLDS_ROLE]->(r:Role) | r {.*, ofId: head([(r)-[:ROLE_IN]->(x:Entity) | x.id])}]
  }],
  events: [ev IN [hit IN shown WHERE hit.kind = 'EVENT' | hit.node] | ev {
    .*,
    recordedAt: toString(ev.recordedAt),
    placeIds: [(ev)-[:AT]->(p:Entity) | p.id],
    participantIds: [(ev)-[:INVOLVED]->(p:Entity) | p.id]
  }]
  } AS included
