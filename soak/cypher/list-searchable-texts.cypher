// The texts the full-text index covers, for the nodes the soak wrote, read from the nodes
// themselves: the recomputation the index is held to.
MATCH (n)
WHERE (n:Claim OR n:Occurrence OR n:Entity OR n:Event) AND n.id STARTS WITH $prefix
RETURN n.id AS id, [t IN [n.text, n.exact, n.name, n.aliasText, n.description] WHERE t IS NOT NULL] AS texts
