UNWIND $ids AS id
MATCH (o:Occurrence {id: id})
RETURN id AS key, o {/* include fragments/occurrence-record */} AS value
