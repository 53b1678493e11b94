// Entities one claim or event away, most links first. Beside each page come the records of the
// entity itself and of its neighbours on the page, shaped as entities/find-entities-by-ids shapes
// them, so that `entity(id) { neighbourhood { … } }` is one round trip.
UNWIND $pages AS page
MATCH (e:Entity {id: page.id})
OPTIONAL MATCH (e)<-[:INVOLVES]-(via)-[:INVOLVES]->(other:Entity)
WHERE other <> e
WITH page, e, other,
     collect(DISTINCT CASE WHEN via:Claim THEN via.id END) AS claimIds,
     collect(DISTINCT CASE WHEN via:Event THEN via.id END) AS eventIds
WITH page, e, other, claimIds, eventIds ORDER BY size(claimIds) + size(eventIds) DESC, other.name, other.id
WITH page, e, collect(CASE WHEN other IS NULL THEN null ELSE {entity: other, claimIds: claimIds, eventIds: eventIds} END) AS neighbours
WITH page, e, size(neighbours) AS total, neighbours[page.skip..page.skip + page.limit] AS shown
RETURN page.key AS key,
  {total: total, items: [n IN shown | {entityId: n.entity.id, claimIds: n.claimIds, eventIds: n.eventIds}]} AS value,
  {entities: [x IN [e] + [n IN shown | n.entity] | x {/* include fragments/entity-record */}]} AS included
