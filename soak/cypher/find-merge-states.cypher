// Each entity merge as stored: whether the duplicate is still there, how often the survivor lists
// it as merged, and whom the duplicate's own occurrence is attributed to now.
UNWIND $merges AS m
OPTIONAL MATCH (dup:Entity {id: m.duplicateId})
OPTIONAL MATCH (survivor:Entity {id: m.survivorId})
CALL (m) {
  OPTIONAL MATCH (:Occurrence {id: m.occurrenceId})-[:ATTRIBUTED_TO]->(speaker:Entity)
  RETURN collect(speaker.id) AS speakers
}
RETURN m.duplicateId AS duplicateId, count(dup) AS duplicates,
       size([x IN coalesce(survivor.mergedIds, []) WHERE x = m.duplicateId]) AS mergedTimes,
       speakers
