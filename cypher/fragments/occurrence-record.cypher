// An occurrence as every read returns it (OccurrenceRecord in src/repositories/records.ts): its
// own properties and the ids of what it points at. A query includes it as
// `o {/* include fragments/occurrence-record */}`; `occurrence` stands for that query's variable,
// and the variables inside must not be bound where it is included.
occurrence {
  .*,
  recordedAt: toString(occurrence.recordedAt),
  claimId: head([(occurrence)-[:OF_CLAIM]->(ofClaim:Claim) | ofClaim.id]),
  speakerId: head([(occurrence)-[:ATTRIBUTED_TO]->(speaker:Entity) | speaker.id]),
  reportedById: head([(occurrence)-[:REPORTED_BY]->(reporter:Entity) | reporter.id]),
  sourceId: head([(occurrence)-[:IN_SOURCE]->(inSource:Source) | inSource.id]),
  quotedFromId: head([(occurrence)-[:QUOTED_FROM]->(quoted:Occurrence) | quoted.id])
}
