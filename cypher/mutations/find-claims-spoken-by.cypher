// Claims whose sourcing counts depend on who an entity is: the ones it speaks in, and the ones those support.
MATCH (e:Entity {id: $id})<-[:ATTRIBUTED_TO]-(:Occurrence)-[:OF_CLAIM]->(c:Claim)
OPTIONAL MATCH (c)-[:SUPPORTS]->(supported:Claim)
WITH collect(DISTINCT c.id) + collect(DISTINCT supported.id) AS ids
UNWIND ids AS id
RETURN collect(DISTINCT id) AS ids
