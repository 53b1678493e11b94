// Sourcing is kept on each claim, recomputed for the claims a write touched and the claims they
// support, so that filters such as "anonymously sourced only" are index seeks rather than scans
// of every chain. The rules (docs/model.md, "Origins and independence"):
// - an origin is the speaker at the far end of a reporting chain, every relay followed, across
//   every source, of an occurrence that passes the claim on (stance REPORTS);
// - a speaker the graph knows to relay someone else for this claim (it speaks a hop that quotes
//   another speaker's hop, or it carries another speaker's hop as its outlet) is never an origin,
//   even where a chain stops at it;
// - origins that are part of one group (PART_OF) count as one independent source.
UNWIND $ids AS touchedId
MATCH (touched:Claim {id: touchedId})
OPTIONAL MATCH (touched)-[:SUPPORTS]->(supported:Claim)
WITH collect(touched) + collect(supported) AS claims
UNWIND claims AS c
WITH DISTINCT c
CALL (c) {
  OPTIONAL MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
  RETURN count(o) AS occurrences, coalesce(max(o.depth), 0) AS deepest
}
// The claim itself and each claim that supports it: the origins of each, by the rules above,
// and the sources that carry each (its occurrences that pass it on).
CALL (c) {
  UNWIND [c] + [(supporting:Claim)-[:SUPPORTS]->(c) | supporting] AS x
  WITH DISTINCT x
  CALL (x) {
    OPTIONAL MATCH (hop:Occurrence)-[:OF_CLAIM]->(x)
    OPTIONAL MATCH (hop)-[:ATTRIBUTED_TO]->(speaker:Entity)
    OPTIONAL MATCH (hop)-[:REPORTED_BY]->(outlet:Entity)
    RETURN collect(DISTINCT CASE
             WHEN EXISTS { (hop)-[:QUOTED_FROM]->(:Occurrence)-[:ATTRIBUTED_TO]->(other:Entity) WHERE other <> speaker }
             THEN speaker END) +
           collect(DISTINCT CASE WHEN outlet <> speaker THEN outlet END) AS relays
  }
  CALL (x, relays) {
    OPTIONAL MATCH (o:Occurrence)-[:OF_CLAIM]->(x)
    WHERE coalesce(o.stance, 'REPORTS') = 'REPORTS'
    OPTIONAL MATCH (o)-[:IN_SOURCE]->(source:Source)
    OPTIONAL MATCH (o)-[:QUOTED_FROM*0..]->(root:Occurrence)
    WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
    OPTIONAL MATCH (root)-[:ATTRIBUTED_TO]->(speaker:Entity)
    RETURN collect(DISTINCT CASE WHEN NOT speaker IN relays THEN speaker END) AS origins,
           collect(DISTINCT source.id) AS carriers
  }
  RETURN collect({own: x = c, origins: origins, carriers: carriers}) AS byClaim,
         count(CASE WHEN x <> c THEN 1 END) AS supportingClaims
}
WITH c, occurrences, deepest, supportingClaims, [b IN byClaim WHERE b.own][0] AS own,
     reduce(acc = [], b IN byClaim | acc + [s IN b.origins WHERE NOT s IN acc]) AS allOrigins
WITH c, occurrences, deepest, supportingClaims, own.origins AS origins, own.carriers AS carriers,
     [s IN own.origins | coalesce(head([(s)-[:PART_OF]->(g:Entity) | g.id]), s.id)] AS ownGroups,
     [s IN allOrigins | coalesce(head([(s)-[:PART_OF]->(g:Entity) | g.id]), s.id)] AS allGroups
WITH c, occurrences, deepest, supportingClaims, origins, carriers, ownGroups,
     reduce(d = [], g IN ownGroups | CASE WHEN g IN d THEN d ELSE d + g END) AS independent,
     reduce(d = [], g IN allGroups | CASE WHEN g IN d THEN d ELSE d + g END) AS independentWithSupport
SET c.occurrenceCount = occurrences,
    c.deepestChain = deepest,
    // In id order, so that the same graph always stores the same lists (the offline import too).
    c.originIds = COLLECT { UNWIND origins AS s RETURN s.id ORDER BY s.id },
    c.originGroupIds = COLLECT {
      UNWIND origins AS s
      RETURN coalesce(head([(s)-[:PART_OF]->(g:Entity) | g.id]), s.id) ORDER BY s.id
    },
    c.independentSources = size(independent),
    c.namedSources = size([s IN origins WHERE s.kind <> 'ANONYMOUS_SOURCE']),
    c.anonymousSources = size([s IN origins WHERE s.kind = 'ANONYMOUS_SOURCE']),
    c.anonymousOnly = size(origins) > 0 AND all(s IN origins WHERE s.kind = 'ANONYMOUS_SOURCE'),
    c.supportingClaims = supportingClaims,
    c.carryingSources = size(carriers),
    c.corroborated = size(independentWithSupport) >= 2,
    c.singleOrigin = size(carriers) >= 2 AND size(independentWithSupport) = 1,
    // Which rules computed these counts; ingest/find-stale-sourcing finds claims counted by older ones.
    c.sourcingRules = 2
