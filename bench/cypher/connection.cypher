// The shortest chain of claims and events linking two entities, at most $maxHops entity hops.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)(()-[:INVOLVES]-()){1,6}(b)
WITH p WHERE length(p) <= 2 * $maxHops
RETURN [n IN nodes(p) | n {.id, .name, .text, kind: CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'ENTITY' END}] AS steps
