MERGE (m:SchemaMigration {id: $migration})
  ON CREATE SET m.at = datetime()
