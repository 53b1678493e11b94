// Claims about each entity; one page per request row.
UNWIND $pages AS page
MATCH (e:Entity {id: page.id})
CALL (e) {
  OPTIONAL MATCH (e)<-[:ABOUT]-(c:Claim)
  WITH DISTINCT c ORDER BY c.id
  RETURN collect(c.id) AS ids
}
RETURN page.key AS key, {total: size(ids), ids: ids[page.skip..page.skip + page.limit]} AS value
