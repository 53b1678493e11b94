// Each claim's corrections and retractions, oldest first.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (k:Correction)-[:CORRECTS]->(c)
WITH id, k ORDER BY k.fromVersion
RETURN id AS key, collect(k {.*, at: toString(k.at)}) AS value
