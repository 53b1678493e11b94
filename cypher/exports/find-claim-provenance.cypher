// A claim's occurrences and every hop their reporting chains pass through, with the agents
// (speakers, outlets, publishers) and stored sources they involve: the whole PROV graph in one trip.
MATCH (c:Claim {id: $claimId})
CALL (c) {
  MATCH (start:Occurrence)-[:OF_CLAIM]->(c)
  MATCH (start)-[:QUOTED_FROM*0..]->(o:Occurrence)
  WITH DISTINCT o
  MATCH (o)-[:QUOTED_FROM*0..]->(root:Occurrence)
  WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
  WITH o, root ORDER BY o.depth, o.id
  RETURN collect(o {
    .id, .exact, .prefix, .suffix, .start, .end, .contentHash, .verb, .depth,
    .saidText, .saidEarliest, .saidLatest, .saidPrecision,
    .publishedText, .publishedEarliest, .publishedLatest, .publishedPrecision,
    recordedAt: toString(o.recordedAt),
    claimId: head([(o)-[:OF_CLAIM]->(oc:Claim) | oc.id]),
    speakerId: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
    reportedById: head([(o)-[:REPORTED_BY]->(r:Entity) | r.id]),
    sourceId: head([(o)-[:IN_SOURCE]->(s:Source) | s.id]),
    quotedFromId: head([(o)-[:QUOTED_FROM]->(q:Occurrence) | q.id]),
    primarySourceId: root.id
  }) AS occurrences
}
CALL (occurrences) {
  UNWIND occurrences AS o
  MATCH (s:Source {id: o.sourceId})
  WITH DISTINCT s ORDER BY s.id
  RETURN collect(s {
    .id, .title, .url, .contentHash, .language,
    .publishedText, .publishedEarliest, .publishedLatest, .publishedPrecision,
    publisherId: head([(s)-[:PUBLISHED_BY]->(p:Entity) | p.id])
  }) AS sources
}
CALL (occurrences, sources) {
  UNWIND [o IN occurrences | o.speakerId] + [o IN occurrences | o.reportedById] + [s IN sources | s.publisherId] AS agentId
  WITH DISTINCT agentId
  MATCH (e:Entity {id: agentId})
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .name, .kind, .descriptor, .affiliation, .countMin, .countMax, .sameAs}) AS agents
}
RETURN c {.id, .text, .appliesText, .appliesEarliest, .appliesLatest, .appliesPrecision, recordedAt: toString(c.recordedAt)} AS claim,
       occurrences, sources, agents
