// The claims about each event, in id order.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
OPTIONAL MATCH (c:Claim)-[:ABOUT]->(ev)
WITH id, c ORDER BY c.id
RETURN id AS key, collect(c.id) AS value
