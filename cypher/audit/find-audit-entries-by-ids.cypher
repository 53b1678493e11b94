UNWIND $ids AS id
MATCH (a:AuditEntry {id: id})
RETURN id AS key, a {.*, at: toString(a.at)} AS value
