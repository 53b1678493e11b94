// Entities one claim or event away, most links first.
UNWIND $pages AS page
MATCH (e:Entity {id: page.id})
OPTIONAL MATCH (e)<-[:INVOLVES]-(via)-[:INVOLVES]->(other:Entity)
WHERE other <> e
WITH page, other,
     collect(DISTINCT CASE WHEN via:Claim THEN via.id END) AS claimIds,
     collect(DISTINCT CASE WHEN via:Event THEN via.id END) AS eventIds
WITH page, other, claimIds, eventIds ORDER BY size(claimIds) + size(eventIds) DESC, other.name, other.id
WITH page, collect(CASE WHEN other IS NULL THEN null ELSE {entityId: other.id, claimIds: claimIds, eventIds: eventIds} END) AS neighbours
RETURN page.key AS key, {total: size(neighbours), items: neighbours[page.skip..page.skip + page.limit]} AS value
