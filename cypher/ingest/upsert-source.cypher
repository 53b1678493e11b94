// $source.dates holds the four stored properties of its publication date, as src/fuzzy-date.ts
// names them.
MATCH (publisher:Entity {id: $source.publisher})
MERGE (s:Source {id: $source.id})
  ON CREATE SET
    s.title = $source.title,
    s.url = $source.url,
    s.text = $source.text,
    s.contentHash = $source.contentHash,
    s.language = $source.language,
    s += $source.dates,
    s.furniture = $furniture,
    s.recordedAt = datetime()
MERGE (s)-[:PUBLISHED_BY]->(publisher)
MERGE (b:Bundle {id: $bundleId})
  ON CREATE SET b.recordedAt = datetime()
SET b.contentHash = $bundleHash
MERGE (b)-[:CONTAINS]->(s)
