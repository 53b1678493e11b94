// ev.dates holds the four stored properties of the event's date, as src/fuzzy-date.ts names them.
UNWIND $events AS ev
MERGE (n:Event {id: ev.id})
  ON CREATE SET
    n.name = ev.name,
    n.description = ev.description,
    n += ev.dates,
    n.recordedAt = datetime()
WITH n, ev
CALL (n, ev) {
  UNWIND ev.places AS placeId
  MATCH (place:Entity {id: placeId})
  MERGE (n)-[:AT]->(place)
  MERGE (n)-[:INVOLVES]->(place)
}
CALL (n, ev) {
  UNWIND ev.participants AS participantId
  MATCH (participant:Entity {id: participantId})
  MERGE (n)-[:INVOLVED]->(participant)
  MERGE (n)-[:INVOLVES]->(participant)
}
