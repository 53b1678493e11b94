// What each claim is about and who reviewed it, in one trip.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, {
  entityIds: [(c)-[:ABOUT]->(e:Entity) | e.id],
  eventIds: [(c)-[:ABOUT]->(ev:Event) | ev.id],
  reviews: [(r:Review)-[:REVIEWS]->(c) | r {.*}]
} AS value
