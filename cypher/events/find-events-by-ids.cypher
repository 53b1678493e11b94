// An event's own record; the claims about it are a list of their own (find-event-claims), as a
// hub event of a large graph is the subject of tens of thousands of claims.
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN id AS key, ev {/* include fragments/event-record */} AS value
