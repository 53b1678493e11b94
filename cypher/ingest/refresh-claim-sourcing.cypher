// Sourcing counts are kept on each claim, recomputed for the claims a write touched, so that
// filters such as "anonymously sourced only" are index seeks rather than scans of every chain.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
  RETURN count(o) AS occurrences, coalesce(max(o.depth), 0) AS deepest
}
CALL (c) {
  OPTIONAL MATCH (root:Occurrence)-[:OF_CLAIM]->(c)
  WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
  OPTIONAL MATCH (root)-[:ATTRIBUTED_TO]->(speaker:Entity)
  RETURN collect(DISTINCT speaker) AS speakers
}
CALL (c) {
  OPTIONAL MATCH (supporting:Claim)-[:SUPPORTS]->(c)
  OPTIONAL MATCH (root:Occurrence)-[:OF_CLAIM]->(supporting)
  WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
  OPTIONAL MATCH (root)-[:ATTRIBUTED_TO]->(speaker:Entity)
  RETURN count(DISTINCT supporting) AS supportingClaims, collect(DISTINCT speaker) AS supportSpeakers
}
WITH c, occurrences, deepest, speakers, supportingClaims,
     speakers + [s IN supportSpeakers WHERE NOT s IN speakers] AS allSpeakers
SET c.occurrenceCount = occurrences,
    c.deepestChain = deepest,
    c.independentSources = size(speakers),
    c.namedSources = size([s IN speakers WHERE s.kind <> 'ANONYMOUS_SOURCE']),
    c.anonymousSources = size([s IN speakers WHERE s.kind = 'ANONYMOUS_SOURCE']),
    c.anonymousOnly = size(speakers) > 0 AND all(s IN speakers WHERE s.kind = 'ANONYMOUS_SOURCE'),
    c.supportingClaims = supportingClaims,
    c.corroborated = size(allSpeakers) >= 2
