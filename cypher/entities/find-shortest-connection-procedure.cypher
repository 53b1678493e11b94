// Whether this Neo4j has the launcher's degree-aware search (neo4j-launcher/ShortestConnection.java).
// A server without it answers `connection` with find-shortest-connection (shortestPath).
SHOW PROCEDURES YIELD name
WHERE name = 'claimgraph.shortestConnection'
RETURN name
