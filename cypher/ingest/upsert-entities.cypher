// New names and aliases are added, never replaced, so a second article only enriches an entity.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET
    n.kind = e.kind,
    n.name = e.name,
    n.nameKey = e.keys[0],
    n.description = e.description,
    n.aliases = [],
    n.sameAs = [],
    n.descriptor = e.descriptor,
    n.affiliation = e.affiliation,
    n.countMin = e.countMin,
    n.countMax = e.countMax,
    n.recordedAt = datetime()
WITH n, e, [a IN e.names WHERE a <> n.name AND NOT a IN n.aliases] AS newAliases,
     [s IN e.sameAs WHERE NOT s IN n.sameAs] AS newSameAs
// A stored entity is written only when the bundle brings it something new: an unchanged SET still
// locks the node, rewrites its properties and re-indexes it in search_text, and a bulk load's
// bundles name the same thousands of entities again and again.
FOREACH (_ IN CASE WHEN size(newAliases) > 0 OR size(newSameAs) > 0 OR n.aliasText IS NULL THEN [1] ELSE [] END |
  SET n.aliases = n.aliases + newAliases,
      n.sameAs = n.sameAs + newSameAs,
      n.aliasText = reduce(acc = '', a IN n.aliases + newAliases | acc + a + ' ')
)
WITH n, e
UNWIND range(0, size(e.keys) - 1) AS i
MERGE (alias:Alias {key: e.keys[i]})
  ON CREATE SET alias.text = e.names[i]
MERGE (alias)-[:ALIAS_OF]->(n)
