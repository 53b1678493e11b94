// One page of occurrences per requested claim, deepest chain first; $pages rows are
// {key, id, skip, limit, relations}. Beside each page come the records its resolvers ask for next,
// shaped as their by-id queries shape them: the claim itself, the page's occurrences and every hop
// of their reporting chains, the chains, and the entities that spoke and reported each. With
// `relations: true` (the claim's root field also shows what disputes or supports it) the same trip
// brings the claim's current relations, with the claims on their other side and their evidence:
// a claim's provenance in one round trip. Asked for an empty page, this is also where a claim's
// relations are read on their own (relationsLoader in src/repositories/loader.ts).
UNWIND $pages AS page
MATCH (c:Claim {id: page.id})
OPTIONAL MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
WITH page, c, o ORDER BY o.depth DESC, o.id
WITH page, c, collect(o) AS ordered
WITH page, c, size(ordered) AS total, ordered[page.skip..page.skip + page.limit] AS shown
CALL (shown) {
  UNWIND shown AS o
  MATCH path = (o)-[:QUOTED_FROM*0..]->(root:Occurrence)
  WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
  RETURN collect({key: o.id, value: [n IN nodes(path) | n.id]}) AS chains, collect(nodes(path)) AS hopLists
}
CALL (c, page) {
  WITH c WHERE page.relations
  CALL (c) {
    MATCH (r:ClaimRelation)-[:TO]->(c)
    MATCH (r)-[:FROM]->(other:Claim)
    RETURN r, other, 'IN' AS direction
    UNION
    MATCH (r:ClaimRelation)-[:FROM]->(c)
    MATCH (r)-[:TO]->(other:Claim)
    RETURN r, other, 'OUT' AS direction
  }
  WITH r, other, direction WHERE r.retractedAt IS NULL
  WITH r, other, direction, [(r)-[:EVIDENCED_BY]->(e:Occurrence) | e] AS evidence ORDER BY r.id
  RETURN collect({
    id: r.id,
    kind: r.kind,
    note: r.note,
    direction: direction,
    claimId: other.id,
    evidenceIds: [e IN evidence | e.id]
  }) AS relations, collect(DISTINCT other) AS others, collect(evidence) AS evidenceLists
}
CALL (hopLists, evidenceLists) {
  UNWIND hopLists + evidenceLists AS hops
  UNWIND hops AS hop
  WITH DISTINCT hop
  RETURN collect(hop {
    .*,
    recordedAt: toString(hop.recordedAt),
    claimId: head([(hop)-[:OF_CLAIM]->(x:Claim) | x.id]),
    speakerId: head([(hop)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
    reportedById: head([(hop)-[:REPORTED_BY]->(r:Entity) | r.id]),
    sourceId: head([(hop)-[:IN_SOURCE]->(s:Source) | s.id]),
    quotedFromId: head([(hop)-[:QUOTED_FROM]->(q:Occurrence) | q.id])
  }) AS occurrences
}
CALL (occurrences) {
  UNWIND occurrences AS o
  UNWIND [o.speakerId, o.reportedById] AS entityId
  WITH DISTINCT entityId
  MATCH (e:Entity {id: entityId})
  RETURN collect(e {
    .*,
    recordedAt: toString(e.recordedAt),
    roles: [(e)-[:HOLDS_ROLE]->(r:Role) | r {.*, ofId: head([(r)-[:ROLE_IN]->(x:Entity) | x.id])}]
  }) AS entities
}
RETURN page.key AS key,
       {total: total, ids: [o IN shown | o.id]} AS value,
       {
         claims: [x IN [c] + others | x {.*, recordedAt: toString(x.recordedAt)}],
         occurrences: occurrences,
         chains: chains,
         entities: entities,
         relations: CASE WHEN page.relations THEN [{key: c.id, value: relations}] ELSE [] END
       } AS included
