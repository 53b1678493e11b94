// Newest first over the audit_at index; actor and action filters are optional.
CALL () {
  MATCH (a:AuditEntry)
  WHERE ($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:AuditEntry)
  WHERE a.at IS NOT NULL AND ($actor IS NULL OR a.actor = $actor) AND ($action IS NULL OR a.action = $action)
  WITH a ORDER BY a.at DESC, a.id DESC SKIP $skip LIMIT $limit
  RETURN collect(a {.*, at: toString(a.at)}) AS items
}
RETURN total, items
