// Claims a claim supports: their corroboration counts include its speakers.
MATCH (:Claim {id: $id})-[:SUPPORTS]->(supported:Claim)
RETURN collect(supported.id) AS ids
