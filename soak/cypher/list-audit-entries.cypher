// Every audit entry, with the parts that name the write it records: the targets, and for edits
// and merges the summary and changes, which carry the reason the soak gave.
MATCH (a:AuditEntry)
RETURN a.action AS action, a.targetIds AS targetIds,
       CASE WHEN a.action IN ['CORRECT_CLAIM', 'RETRACT_CLAIM', 'RETRACT_RELATION', 'MERGE_ENTITIES']
         THEN a.summary + ' ' + a.changes END AS said
