UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, e {/* include fragments/entity-record */} AS value
