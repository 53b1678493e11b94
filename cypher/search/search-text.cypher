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
CALL (shown) {
  UNWIND shown AS hit
  WITH hit WHERE hit.kind = 'CLAIM'
  WITH hit.node AS c
  RETURN collect(c {.*, recordedAt: toString(c.recordedAt)}) AS claims
}
CALL (shown) {
  UNWIND shown AS hit
  WITH hit WHERE hit.kind = 'QUOTE'
  WITH hit.node AS o
  RETURN collect(o {
    .*,
    recordedAt: toString(o.recordedAt),
    claimId: head([(o)-[:OF_CLAIM]->(x:Claim) | x.id]),
    speakerId: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
    reportedById: head([(o)-[:REPORTED_BY]->(r:Entity) | r.id]),
    sourceId: head([(o)-[:IN_SOURCE]->(s:Source) | s.id]),
    quotedFromId: head([(o)-[:QUOTED_FROM]->(q:Occurrence) | q.id])
  }) AS occurrences
}
CALL (shown) {
  UNWIND shown AS hit
  WITH hit WHERE hit.kind = 'ENTITY'
  WITH hit.node AS e
  RETURN collect(e {
    .*,
    recordedAt: toString(e.recordedAt),
    roles: [(e)-[:HOLDS_ROLE]->(r:Role) | r {.*, ofId: head([(r)-[:ROLE_IN]->(x:Entity) | x.id])}]
  }) AS entities
}
CALL (shown) {
  UNWIND shown AS hit
  WITH hit WHERE hit.kind = 'EVENT'
  WITH hit.node AS ev
  RETURN collect(ev {
    .*,
    recordedAt: toString(ev.recordedAt),
    placeIds: [(ev)-[:AT]->(p:Entity) | p.id],
    participantIds: [(ev)-[:INVOLVED]->(p:Entity) | p.id],
    claimIds: [(c:Claim)-[:ABOUT]->(ev) | c.id]
  }) AS events
}
RETURN total,
       [hit IN shown | {kind: hit.kind, id: hit.id, score: hit.score}] AS hits,
       {claims: claims, occurrences: occurrences, entities: entities, events: events} AS included
