UNWIND $events AS ev
MERGE (n:Event {id: ev.id})
  ON CREATE SET
    n.name = ev.name,
    n.description = ev.description,
    n.dateText = ev.date.text,
    n.dateEarliest = ev.date.earliest,
    n.dateLatest = ev.date.latest,
    n.datePrecision = ev.date.precision,
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
