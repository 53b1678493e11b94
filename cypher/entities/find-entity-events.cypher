UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)<-[:AT|INVOLVED]-(ev:Event)
WITH id, ev ORDER BY ev.dateEarliest, ev.id
RETURN id AS key, collect(DISTINCT ev.id) AS value
