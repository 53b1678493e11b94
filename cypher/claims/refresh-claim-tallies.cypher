// Claim counts per combination of the four sourcing flags are kept at write time, so that a
// filtered claims page answers totalCount from at most 27 small nodes instead of counting every
// matching claim (100k disputed claims at 1M). Run after the flags of $ids may have changed, in
// the same transaction: each claim remembers the key it is counted under (t, f or n for true,
// false or unset, in the order disputed, anonymousOnly, corroborated, singleOrigin), and a claim whose key
// changed moves from the old tally to the new one. A SET whose right side reads the property it
// writes takes the node's write lock before reading, so the first SET below locks each claim
// before its flags are read: two transactions never count one change twice. Tallies are updated
// in key order, so transactions never wait on each other's tallies in a cycle, and
// `t.count = t.count + delta` runs under the tally's write lock.
// $ids are the claims whose sourcing was refreshed; the refresh also recounts the claims they
// support, so those are counted again here too.
UNWIND $ids AS id
MATCH (touched:Claim {id: id})
UNWIND [touched] + [(touched)-[:SUPPORTS]->(supported:Claim) | supported] AS c
WITH DISTINCT c
SET c.tallyKey = coalesce(c.tallyKey, '')
WITH c, CASE WHEN c.tallyKey = '' THEN null ELSE c.tallyKey END AS old,
     reduce(key = '', flag IN [c.disputed, c.anonymousOnly, c.corroborated, c.singleOrigin] |
       key + CASE flag WHEN true THEN 't' WHEN false THEN 'f' ELSE 'n' END) AS new
SET c.tallyKey = new
WITH old, new WHERE old IS NULL OR old <> new
WITH collect(old) AS olds, collect(new) AS news
UNWIND [key IN olds WHERE key IS NOT NULL | [key, -1]] + [key IN news | [key, 1]] AS change
WITH change[0] AS key, sum(change[1]) AS delta
WITH key, delta ORDER BY key
  WHERE delta <> 0
MERGE (t:ClaimTally {key: key})
  ON CREATE SET t.count = 0
SET t.count = t.count + delta
