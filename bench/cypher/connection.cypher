// The shortest chain of claims and events linking two entities, at most $maxHops entity hops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// shortestPath(): a bidirectional BFS, far faster in 5.26 than SHORTEST 1 through hubs (see
// cypher/entities/find-shortest-connection.cypher).
MATCH p = shortestPath((a)-[:INVOLVES*..6]-(b))
WITH p WHERE length(p) <= 2 * $maxHops
RETURN [n IN nodes(p) | n {.id, .name, .text, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps
