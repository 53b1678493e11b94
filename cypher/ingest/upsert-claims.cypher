// c.dates holds the four stored properties of the claim's period, as src/fuzzy-date.ts names them.
UNWIND $claims AS c
MERGE (n:Claim {id: c.id})
  ON CREATE SET
    n.text = c.text,
    n += c.dates,
    n.disputed = false,
    n.version = 1,
    n.recordedAt = datetime(),
    n.linking = true
// A claim this statement created has no links yet, so CREATE links it, once per distinct subject;
// MERGE, which locks and searches both ends, is kept for a claim already stored, which a later
// article may enrich with a subject. The marker never outlives this statement.
WITH n, c, coalesce(n.linking, false) AS created
REMOVE n.linking
WITH n, created, reduce(seen = [], s IN c.subjects | CASE WHEN s IN seen THEN seen ELSE seen + s END) AS subjects
UNWIND subjects AS subjectId
OPTIONAL MATCH (entity:Entity {id: subjectId})
OPTIONAL MATCH (event:Event {id: subjectId})
WITH n, created, coalesce(entity, event) AS subject
FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
  CREATE (n)-[:ABOUT]->(subject)
  FOREACH (e IN CASE WHEN subject:Entity THEN [subject] ELSE [] END | CREATE (n)-[:INVOLVES]->(e))
)
FOREACH (_ IN CASE WHEN created THEN [] ELSE [1] END |
  MERGE (n)-[:ABOUT]->(subject)
  FOREACH (e IN CASE WHEN subject:Entity THEN [subject] ELSE [] END | MERGE (n)-[:INVOLVES]->(e))
)
