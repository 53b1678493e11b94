// Relationship types still attached to an entity; empty once a merge has moved everything.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r]-()
RETURN collect(DISTINCT type(r)) AS types
