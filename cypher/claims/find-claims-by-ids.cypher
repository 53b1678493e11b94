UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, c {.*, recordedAt: toString(c.recordedAt)} AS value
