// Whether this Neo4j can embed text: the embedded launcher registers claimgraph.embed; a server
// without that plugin cannot, and matchClaims then ranks by words alone (docs/matching.md).
SHOW FUNCTIONS YIELD name
WHERE name = 'claimgraph.embed'
RETURN name
