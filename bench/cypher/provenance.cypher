// Claim provenance in one round trip: the claim, its sourcing counts, one page of occurrences
// (deepest chain first), each with speaker, outlet and reporting chain, and what disputes it.
MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
  WITH o ORDER BY o.depth DESC, o.id LIMIT $first
  RETURN collect(o {
    .id, .verb, .depth, .exact, .start, .end,
    .publishedText, .publishedEarliest, .publishedLatest, .publishedPrecision,
    speaker: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s {.id, .name, .kind}]),
    reportedBy: head([(o)-[:REPORTED_BY]->(r:Entity) | r {.id, .name}]),
    chain: head([p = (o)-[:QUOTED_FROM*0..]->(root:Occurrence) WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() } |
      [hop IN nodes(p) | hop {
        .id, .verb,
        speaker: head([(hop)-[:ATTRIBUTED_TO]->(s:Entity) | s {.id, .name, .kind}]),
        reportedBy: head([(hop)-[:REPORTED_BY]->(r:Entity) | r {.id, .name}])
      }]])
  }) AS occurrences
}
RETURN c {
  .id, .text, .appliesText, .appliesEarliest, .appliesLatest, .appliesPrecision,
  .occurrenceCount, .independentSources, .namedSources, .anonymousSources, .deepestChain, .anonymousOnly, .corroborated,
  totalOccurrences: COUNT { (:Occurrence)-[:OF_CLAIM]->(c) },
  occurrences: occurrences,
  // Anchored at c, unlabelled, as in disputed.cypher: with the label the planner may scan the
  // ClaimRelation(kind) index instead (6.4k db hits per claim on a fresh 10k store).
  disputedBy: [(c)<-[:TO]-(r) WHERE r.kind = 'DISPUTES' AND r.retractedAt IS NULL |
    r {.id, claim: head([(r)-[:FROM]->(d:Claim) | d {.id, .text}])}]
} AS claim
