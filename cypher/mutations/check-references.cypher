// Which referenced ids do not exist, and which ids meant for new nodes are already taken.
RETURN
  [id IN $claims WHERE NOT EXISTS { MATCH (:Claim {id: id}) }] AS missingClaims,
  [id IN $subjects WHERE NOT EXISTS { MATCH (:Entity {id: id}) } AND NOT EXISTS { MATCH (:Event {id: id}) }] AS missingSubjects,
  [id IN $occurrences WHERE NOT EXISTS { MATCH (:Occurrence {id: id}) }] AS missingOccurrences,
  [id IN $newClaims WHERE EXISTS { MATCH (:Claim {id: id}) }] AS takenClaims,
  [id IN $newRelations WHERE EXISTS { MATCH (:ClaimRelation {id: id}) }] AS takenRelations,
  [id IN $newReviews WHERE EXISTS { MATCH (:Review {id: id}) }] AS takenReviews
