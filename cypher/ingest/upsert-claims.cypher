UNWIND $claims AS c
MERGE (n:Claim {id: c.id})
  ON CREATE SET
    n.text = c.text,
    n.appliesText = c.appliesTo.text,
    n.appliesEarliest = c.appliesTo.earliest,
    n.appliesLatest = c.appliesTo.latest,
    n.appliesPrecision = c.appliesTo.precision,
    n.disputed = false,
    n.version = 1,
    n.recordedAt = datetime()
WITH n, c
UNWIND c.subjects AS subjectId
OPTIONAL MATCH (entity:Entity {id: subjectId})
OPTIONAL MATCH (event:Event {id: subjectId})
WITH n, coalesce(entity, event) AS subject
MERGE (n)-[:ABOUT]->(subject)
FOREACH (e IN CASE WHEN subject:Entity THEN [subject] ELSE [] END | MERGE (n)-[:INVOLVES]->(e))
