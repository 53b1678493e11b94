// The stored records a bundle names by id without declaring them (StoredReference in
// src/bundle/validate.ts), and the stored text of each claim it names or restates: what
// ingestion checks, in its own transaction, before it writes anything.
CALL () {
  UNWIND $entities AS id
  MATCH (e:Entity {id: id})
  RETURN collect({id: e.id, kind: e.kind}) AS entities
}
CALL () {
  UNWIND $subjects AS id
  WITH id WHERE EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:Event {id: id}) }
  RETURN collect(id) AS subjects
}
// A claim's words as first recorded stay its words for the bundle that brought them: a later
// correction does not make reloading that bundle a conflict.
CALL () {
  UNWIND $claims AS id
  MATCH (c:Claim {id: id})
  RETURN collect({
    id: c.id,
    text: c.text,
    earlierTexts: [(k:Correction)-[:CORRECTS]->(c) WHERE k.previousText IS NOT NULL | k.previousText]
  }) AS claims
}
CALL () {
  UNWIND $occurrences AS id
  MATCH (o:Occurrence {id: id})-[:OF_CLAIM]->(c:Claim)
  RETURN collect({id: o.id, claimId: c.id, depth: o.depth}) AS occurrences
}
RETURN entities, subjects, claims, occurrences
