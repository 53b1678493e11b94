// A CSV field cannot carry an empty list (neo4j-admin leaves an empty field unset), but the write
// path stores entities' aliases and sameAs, anonymous sources' affiliation and sources' furniture
// as [] when there are none, and claims' origins when they have none; the offline import sets them after the load, once.
CALL () {
  MATCH (n:Entity) WHERE n.aliases IS NULL OR n.sameAs IS NULL
  SET n.aliases = coalesce(n.aliases, []), n.sameAs = coalesce(n.sameAs, [])
}
CALL () {
  UNWIND $emptyAffiliation AS id
  MATCH (n:Entity {id: id})
  SET n.affiliation = []
}
CALL () {
  UNWIND $emptyFurniture AS id
  MATCH (s:Source {id: id})
  SET s.furniture = []
}
CALL () {
  MATCH (c:Claim) WHERE c.originIds IS NULL
  SET c.originIds = [], c.originGroupIds = []
}
