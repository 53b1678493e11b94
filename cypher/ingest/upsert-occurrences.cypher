// The source is found once per statement, not once per row.
MATCH (source:Source {id: $sourceId})
// o.dates holds the stored properties of when it was said and published, as src/fuzzy-date.ts
// names them.
UNWIND $occurrences AS o
MATCH (claim:Claim {id: o.claim})
MATCH (speaker:Entity {id: o.speaker})
MATCH (outlet:Entity {id: o.reportedBy})
MERGE (n:Occurrence {id: o.id})
  ON CREATE SET
    n.verb = o.verb,
    n.stance = o.stance,
    n.depth = o.depth,
    n.exact = o.anchor.exact,
    n.prefix = o.anchor.prefix,
    n.suffix = o.anchor.suffix,
    n.start = o.anchor.start,
    n.end = o.anchor.end,
    n.contentHash = source.contentHash,
    n += o.dates,
    n.recordedAt = datetime(),
    n.linking = true
// An occurrence gets its links in the transaction that creates it and keeps them: links are
// CREATEd for an occurrence this statement created (marked above; the marker never outlives the
// statement) and left alone for one already stored. A MERGE per link cost twice as much, locking
// and searching speakers and outlets with hundreds of thousands of relationships.
FOREACH (_ IN CASE WHEN n.linking THEN [1] ELSE [] END |
  CREATE (n)-[:OF_CLAIM]->(claim)
  CREATE (n)-[:ATTRIBUTED_TO]->(speaker)
  CREATE (n)-[:REPORTED_BY]->(outlet)
  CREATE (n)-[:IN_SOURCE]->(source)
  // INVOLVES links a claim to everyone it concerns, so connections and neighbourhoods walk one type.
  MERGE (claim)-[:INVOLVES]->(speaker)
)
REMOVE n.linking
