// What of each soak bundle is in the store: its nodes by label, and the relationships between
// them (every id of a bundle starts with `<token>:`). Claim-to-claim shortcuts are left out: the
// writers add disputes and supports between claims of one bundle, and those are checked apart.
UNWIND $tokens AS token
WITH token, token + ':' AS prefix
CALL (prefix) {
  MATCH (n:Claim) WHERE n.id STARTS WITH prefix RETURN 'Claim' AS label, n
  UNION ALL
  MATCH (n:Occurrence) WHERE n.id STARTS WITH prefix RETURN 'Occurrence' AS label, n
  UNION ALL
  MATCH (n:Entity) WHERE n.id STARTS WITH prefix RETURN 'Entity' AS label, n
  UNION ALL
  MATCH (n:Event) WHERE n.id STARTS WITH prefix RETURN 'Event' AS label, n
  UNION ALL
  MATCH (n:Source) WHERE n.id STARTS WITH prefix RETURN 'Source' AS label, n
  UNION ALL
  MATCH (n:ClaimRelation) WHERE n.id STARTS WITH prefix RETURN 'ClaimRelation' AS label, n
  UNION ALL
  MATCH (n:Bundle) WHERE n.id STARTS WITH prefix RETURN 'Bundle' AS label, n
}
CALL (n, prefix) {
  OPTIONAL MATCH (n)-[r]->(m)
  WHERE m.id STARTS WITH prefix AND NOT type(r) IN ['DISPUTES', 'SUPPORTS']
  RETURN count(r) AS relationships
}
RETURN token, label, count(n) AS nodes, sum(relationships) AS relationships
