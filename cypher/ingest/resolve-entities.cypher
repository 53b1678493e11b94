// Maps each bundle entity to the stored entity it is: the same id first, else the same kind
// with a name or alias in common (keys are normalized names). Unmatched rows return null.
UNWIND $entities AS e
OPTIONAL MATCH (byId:Entity {id: e.id})
OPTIONAL CALL (e) {
  UNWIND range(0, size(e.keys) - 1) AS i
  MATCH (:Alias {key: e.keys[i]})-[:ALIAS_OF]->(match:Entity {kind: e.kind})
  RETURN match.id AS aliasMatch
  ORDER BY i, match.id
  LIMIT 1
}
RETURN e.id AS localId, coalesce(byId.id, aliasMatch) AS storedId
