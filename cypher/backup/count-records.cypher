// How many nodes and relationships the store holds, its SchemaMigration markers left out (they
// are bookkeeping that applying the schema writes, not graph data).
CALL () { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
