// Every claim's sourcing summary and matchText (what matchClaims' index holds) as the writes kept
// them, in id order, with whether some claim disputes it now. Read before and after the production refresh recounts every claim in a
// transaction that is rolled back (see checks.ts, sourcingCheck).
MATCH (c:Claim)
RETURN c.id AS id,
       c {
         .occurrenceCount, .deepestChain, .originIds, .originGroupIds, .independentSources,
         .namedSources, .anonymousSources, .anonymousOnly, .supportingClaims, .carryingSources,
         .corroborated, .singleOrigin, .sourcingRules, .disputed, .matchText
       } AS summary,
       EXISTS { (:Claim)-[:DISPUTES]->(c) } AS disputedNow
ORDER BY id
