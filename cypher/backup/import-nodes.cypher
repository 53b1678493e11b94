// One batch of exported nodes into the store; returns the new element id of each exported id.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN row.id AS exported, elementId(n) AS id
