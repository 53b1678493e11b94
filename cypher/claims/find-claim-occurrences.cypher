// One page of occurrences per requested claim, deepest chain first; $pages rows are {key, id, skip, limit}.
UNWIND $pages AS page
MATCH (c:Claim {id: page.id})
OPTIONAL MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
WITH page, o ORDER BY o.depth DESC, o.id
WITH page, collect(o.id) AS ids
RETURN page.key AS key, {total: size(ids), ids: ids[page.skip..page.skip + page.limit]} AS value
