UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN id AS key, ev {
  .*,
  recordedAt: toString(ev.recordedAt),
  placeIds: [(ev)-[:AT]->(p:Entity) | p.id],
  participantIds: [(ev)-[:INVOLVED]->(p:Entity) | p.id],
  claimIds: [(c:Claim)-[:ABOUT]->(ev) | c.id]
} AS value
