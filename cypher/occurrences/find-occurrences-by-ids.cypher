UNWIND $ids AS id
MATCH (o:Occurrence {id: id})
RETURN id AS key, o {
  .*,
  recordedAt: toString(o.recordedAt),
  claimId: head([(o)-[:OF_CLAIM]->(c:Claim) | c.id]),
  speakerId: head([(o)-[:ATTRIBUTED_TO]->(s:Entity) | s.id]),
  reportedById: head([(o)-[:REPORTED_BY]->(r:Entity) | r.id]),
  sourceId: head([(o)-[:IN_SOURCE]->(s:Source) | s.id]),
  quotedFromId: head([(o)-[:QUOTED_FROM]->(q:Occurrence) | q.id])
} AS value
