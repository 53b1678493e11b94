// Takes the relation's write lock before reading it, so that two retractions cannot both pass.
MATCH (r:ClaimRelation {id: $id})-[:FROM]->(from:Claim)
MATCH (r)-[:TO]->(to:Claim)
SET r._lock = true
REMOVE r._lock
RETURN r {.id, .kind, .note, retractedAt: toString(r.retractedAt), fromId: from.id, toId: to.id} AS relation
