// Maps each bundle entity to the stored entity it is: the same id first, else the same kind
// with a name or alias in common (keys are normalized names). Unmatched rows return null.
UNWIND $entities AS e
OPTIONAL MATCH (byId:Entity {id: e.id})
// The alias search runs only for an id the graph does not know: most rows of a bulk load's later
// bundles name entities already stored under the same id.
OPTIONAL CALL (e, byId) {
  WITH e, byId WHERE byId IS NULL
  UNWIND range(0, size(e.keys) - 1) AS i
  // The alias key is unique, so starting from it is right whatever the statistics say.
  MATCH (alias:Alias {key: e.keys[i]})-[:ALIAS_OF]->(match:Entity)
  USING INDEX alias:Alias(key)
  WHERE match.kind = e.kind
  RETURN match.id AS aliasMatch
  ORDER BY i, match.id
  LIMIT 1
}
RETURN e.id AS localId, coalesce(byId.id, aliasMatch) AS storedId
