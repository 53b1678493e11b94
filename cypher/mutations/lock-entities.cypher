// Takes both entities' write locks before reading them, so two merges of the same pair serialize.
MATCH (e:Entity) WHERE e.id IN [$survivorId, $duplicateId]
SET e._lock = true
REMOVE e._lock
RETURN e {.*, recordedAt: toString(e.recordedAt)} AS entity
