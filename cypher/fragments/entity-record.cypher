// An entity as every read returns it (EntityRecord in src/repositories/records.ts), with its
// dated roles. A query includes it as `e {/* include fragments/entity-record */}`; `entity`
// stands for that query's variable, and the variables inside must not be bound where it is included.
entity {
  .*,
  recordedAt: toString(entity.recordedAt),
  roles: [(entity)-[:HOLDS_ROLE]->(role:Role) | role {.*, ofId: head([(role)-[:ROLE_IN]->(roleIn:Entity) | roleIn.id])}]
}
