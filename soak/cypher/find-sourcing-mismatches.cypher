// Every claim's sourcing summary and disputed flag, recomputed from its occurrences, reporting
// chains, supports and disputes as they stand, next to what the writes kept on the claim.
// Only the claims where the two differ come back.
MATCH (c:Claim)
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
WITH c, {
  occurrenceCount: occurrences,
  deepestChain: deepest,
  independentSources: size(speakers),
  namedSources: size([s IN speakers WHERE s.kind <> 'ANONYMOUS_SOURCE']),
  anonymousSources: size([s IN speakers WHERE s.kind = 'ANONYMOUS_SOURCE']),
  anonymousOnly: size(speakers) > 0 AND all(s IN speakers WHERE s.kind = 'ANONYMOUS_SOURCE'),
  supportingClaims: supportingClaims,
  corroborated: size(speakers + [s IN supportSpeakers WHERE NOT s IN speakers]) >= 2,
  disputed: EXISTS { (:Claim)-[:DISPUTES]->(c) }
} AS recomputed
WITH c, recomputed, {
  occurrenceCount: c.occurrenceCount,
  deepestChain: c.deepestChain,
  independentSources: c.independentSources,
  namedSources: c.namedSources,
  anonymousSources: c.anonymousSources,
  anonymousOnly: c.anonymousOnly,
  supportingClaims: c.supportingClaims,
  corroborated: c.corroborated,
  disputed: c.disputed
} AS stored
WHERE stored <> recomputed
RETURN c.id AS id, stored, recomputed
ORDER BY id
