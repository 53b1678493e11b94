// An entity's group: its members count as one origin of a claim (docs/model.md, "Independence").
UNWIND $entities AS e
MATCH (member:Entity {id: e.id})
MATCH (group:Entity {id: e.partOf})
MERGE (member)-[:PART_OF]->(group)
