// Each hop points at the hop it relays, one step closer to the original speaker (PROV wasQuotedFrom).
UNWIND $links AS link
MATCH (hop:Occurrence {id: link.from})
MATCH (relayed:Occurrence {id: link.to})
MERGE (hop)-[:QUOTED_FROM]->(relayed)
