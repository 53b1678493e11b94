// Whether the marker of a one-off migration is in the store (src/neo4j/schema-setup.ts).
OPTIONAL MATCH (m:SchemaMigration {id: $migration})
RETURN m IS NOT NULL AS done
