UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, c {/* include fragments/claim-record */} AS value
