// Every node with its labels and properties; its element id only links relationships in the file.
// SchemaMigration markers are the store's own bookkeeping (src/neo4j/schema-setup.ts): a store
// that loads an export gets its own when its schema is applied.
MATCH (n)
WHERE NOT n:SchemaMigration
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
