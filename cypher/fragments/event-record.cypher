// An event as every read returns it (EventRecord in src/repositories/records.ts). A query
// includes it as `ev {/* include fragments/event-record */}`; `event` stands for that query's
// variable, and the variables inside must not be bound where it is included.
event {
  .*,
  recordedAt: toString(event.recordedAt),
  placeIds: [(event)-[:AT]->(place:Entity) | place.id],
  participantIds: [(event)-[:INVOLVED]->(participant:Entity) | participant.id]
}
