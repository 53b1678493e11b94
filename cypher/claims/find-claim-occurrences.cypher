// One page of occurrences per requested claim, deepest chain first; $pages rows are
// {key, id, skip, limit, relations}. Beside each page come the records its resolvers ask for next,
// shaped as their by-id queries shape them: the claim itself, the page's occurrences and every hop
// of their reporting chains, the chains, and the entities that spoke and reported each. With
// `relations: true` (the claim's root field also shows what disputes or supports it) the same trip
// brings the claim's current relations, with the claims on their other side and their evidence:
// a claim's provenance in one round trip.
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
  CALL (c) {/* include fragments/claim-relations */}
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
  RETURN collect(hop {/* include fragments/occurrence-record */}) AS occurrences
}
CALL (occurrences) {/* include fragments/occurrence-entities */}
RETURN page.key AS key,
       {total: total, ids: [o IN shown | o.id]} AS value,
       {
         claims: [x IN [c] + others | x {/* include fragments/claim-record */}],
         occurrences: occurrences,
         chains: chains,
         entities: entities,
         relations: CASE WHEN page.relations THEN [{key: c.id, value: relations}] ELSE [] END
       } AS included
