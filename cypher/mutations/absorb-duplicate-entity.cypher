// The duplicate's name, aliases and external ids join the survivor's; the survivor keeps its own
// name, and fills in a missing description. The duplicate, now without relationships, is deleted.
MATCH (dup:Entity {id: $duplicateId})
MATCH (survivor:Entity {id: $survivorId})
WITH dup, survivor,
     reduce(acc = [], n IN [dup.name] + coalesce(dup.aliases, []) |
       CASE WHEN n = survivor.name OR n IN coalesce(survivor.aliases, []) OR n IN acc THEN acc ELSE acc + n END) AS newAliases
SET survivor.aliases = coalesce(survivor.aliases, []) + newAliases,
    survivor.sameAs = coalesce(survivor.sameAs, []) + [s IN coalesce(dup.sameAs, []) WHERE NOT s IN coalesce(survivor.sameAs, [])],
    survivor.description = coalesce(survivor.description, dup.description),
    survivor.mergedIds = coalesce(survivor.mergedIds, []) + [dup.id] + coalesce(dup.mergedIds, [])
SET survivor.aliasText = reduce(acc = '', a IN survivor.aliases | acc + a + ' ')
DELETE dup
RETURN survivor.id AS id
