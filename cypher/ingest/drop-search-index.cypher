// A bulk load defers the full-text index (src/ingest/bulk.ts); applySchema recreates it from
// cypher/schema/constraints.cypher and waits until it is online again.
DROP INDEX search_text IF EXISTS
