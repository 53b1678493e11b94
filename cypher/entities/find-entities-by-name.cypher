// $key is the normalized name (see src/bundle/names.ts): exact, then prefix, then substring matches.
CALL () {
  MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity)
  WHERE a.key CONTAINS $key AND ($kind IS NULL OR e.kind = $kind)
  WITH e, min(CASE WHEN a.key = $key THEN 0 WHEN a.key STARTS WITH $key THEN 1 ELSE 2 END) AS rank
  RETURN collect({id: e.id, rank: rank, name: e.name}) AS matches
}
WITH matches, size(matches) AS total
UNWIND matches AS m
WITH total, m ORDER BY m.rank, m.name, m.id
WITH total, collect(m.id) AS ids
RETURN total, ids[$skip..$skip + $limit] AS ids
