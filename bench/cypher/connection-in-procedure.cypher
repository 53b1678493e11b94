// The floor of claimgraph's connection where Neo4j is the embedded launcher's: the same
// procedure claimgraph calls (cypher/entities/find-shortest-connection-in-procedure.cypher), with
// its default budget of relationships read (CONNECTION_BUDGET), at most $maxHops entity hops.
CALL claimgraph.shortestConnection($from, $to, 2 * $maxHops, 1000000)
YIELD nodes
WITH nodes WHERE nodes IS NOT NULL
RETURN [n IN nodes | n {.id, .name, .text, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps
