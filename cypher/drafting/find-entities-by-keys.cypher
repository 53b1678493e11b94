// The stored entities that one of $keys names, by name or alias. $keys are normalized names
// (src/bundle/names.ts nameKey) of the word runs of an article being drafted.
UNWIND $keys AS key
MATCH (:Alias {key: key})-[:ALIAS_OF]->(e:Entity)
WITH key, e ORDER BY e.id
RETURN key, collect(e {.id, .kind, .name, aliases: coalesce(e.aliases, [])}) AS entities
