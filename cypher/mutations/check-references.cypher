// Which referenced ids do not exist, and whether the id meant for the new record is already taken.
RETURN
  [id IN $claims WHERE NOT EXISTS { MATCH (:Claim {id: id}) }] AS missingClaims,
  [id IN $subjects WHERE NOT EXISTS { MATCH (:Entity {id: id}) } AND NOT EXISTS { MATCH (:Event {id: id}) }] AS missingSubjects,
  [id IN $occurrences WHERE NOT EXISTS { MATCH (:Occurrence {id: id}) }] AS missingOccurrences,
  CASE $adds.record
    WHEN 'claim' THEN EXISTS { MATCH (:Claim {id: $adds.id}) }
    WHEN 'relation' THEN EXISTS { MATCH (:ClaimRelation {id: $adds.id}) }
    WHEN 'review' THEN EXISTS { MATCH (:Review {id: $adds.id}) }
  END AS taken
