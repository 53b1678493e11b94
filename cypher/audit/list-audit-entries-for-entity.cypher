// An entity's own history of writes (merges included), newest first, from its CONCERNS edges.
OPTIONAL MATCH (:Entity {id: $targetId})<-[:CONCERNS]-(a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action)
WITH a ORDER BY a.at DESC, a.id DESC
WITH collect(a {.*, at: toString(a.at)}) AS entries
RETURN size(entries) AS total, entries[$skip..$skip + $limit] AS items
