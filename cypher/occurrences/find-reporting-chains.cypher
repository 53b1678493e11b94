// From each hop back to the original speaker; chains are acyclic by validation.
UNWIND $ids AS id
MATCH path = (o:Occurrence {id: id})-[:QUOTED_FROM*0..]->(root:Occurrence)
WHERE NOT EXISTS { (root)-[:QUOTED_FROM]->() }
RETURN id AS key, [n IN nodes(path) | n.id] AS value
