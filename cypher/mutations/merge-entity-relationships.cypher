// Moves every relationship of the duplicate to the survivor, one fixed block per relationship type
// (types are never built from input, and Community edition has no APOC). MERGE keeps one copy
// where both already had the same relationship. A type missing here is caught afterwards by
// find-entity-relationship-types, and the merge is refused rather than losing it.
MATCH (dup:Entity {id: $duplicateId})
MATCH (survivor:Entity {id: $survivorId})
CALL (dup, survivor) {
  MATCH (other)-[r:ALIAS_OF]->(dup)
  MERGE (other)-[m:ALIAS_OF]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS aliasOf
}
CALL (dup, survivor) {
  MATCH (other)-[r:ROLE_IN]->(dup)
  MERGE (other)-[m:ROLE_IN]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS roleIn
}
CALL (dup, survivor) {
  MATCH (dup)-[r:HOLDS_ROLE]->(other)
  MERGE (survivor)-[m:HOLDS_ROLE]->(other)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS holdsRole
}
CALL (dup, survivor) {
  MATCH (other)-[r:PUBLISHED_BY]->(dup)
  MERGE (other)-[m:PUBLISHED_BY]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS publishedBy
}
CALL (dup, survivor) {
  MATCH (other)-[r:ABOUT]->(dup)
  MERGE (other)-[m:ABOUT]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS about
}
CALL (dup, survivor) {
  MATCH (other)-[r:INVOLVES]->(dup)
  MERGE (other)-[m:INVOLVES]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS involves
}
CALL (dup, survivor) {
  MATCH (other)-[r:AT]->(dup)
  MERGE (other)-[m:AT]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS at
}
CALL (dup, survivor) {
  MATCH (other)-[r:INVOLVED]->(dup)
  MERGE (other)-[m:INVOLVED]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS involved
}
CALL (dup, survivor) {
  MATCH (other)-[r:ATTRIBUTED_TO]->(dup)
  MERGE (other)-[m:ATTRIBUTED_TO]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS attributedTo
}
CALL (dup, survivor) {
  MATCH (other)-[r:REPORTED_BY]->(dup)
  MERGE (other)-[m:REPORTED_BY]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS reportedBy
}
CALL (dup, survivor) {
  MATCH (other)-[r:CONCERNS]->(dup)
  MERGE (other)-[m:CONCERNS]->(survivor)
  SET m += properties(r)
  DELETE r
  RETURN count(*) AS concerns
}
// Independence groups (docs/model.md): the survivor joins the duplicate's group and takes its members.
// A link between the two themselves would become a loop: it goes.
CALL (dup, survivor) {
  MATCH (dup)-[r:PART_OF]->(other)
  FOREACH (_ IN CASE WHEN other <> survivor THEN [1] ELSE [] END |
    MERGE (survivor)-[:PART_OF]->(other))
  DELETE r
  RETURN count(*) AS partOf
}
CALL (dup, survivor) {
  MATCH (other)-[r:PART_OF]->(dup)
  FOREACH (_ IN CASE WHEN other <> survivor THEN [1] ELSE [] END |
    MERGE (other)-[:PART_OF]->(survivor))
  DELETE r
  RETURN count(*) AS members
}
RETURN aliasOf + roleIn + holdsRole + publishedBy + about + involves + at + involved + attributedTo + reportedBy + concerns + partOf + members AS moved
