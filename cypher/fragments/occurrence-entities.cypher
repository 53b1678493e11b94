// The entities that spoke and reported a list of occurrence records, each once, as `entities`.
// A query includes it as `CALL (occurrences) {/* include fragments/occurrence-entities */}`.
CALL (occurrences) {
  UNWIND occurrences AS occurrence
  UNWIND [occurrence.speakerId, occurrence.reportedById] AS entityId
  WITH DISTINCT entityId
  MATCH (e:Entity {id: entityId})
  RETURN collect(e {/* include fragments/entity-record */}) AS entities
}
