MATCH (s:Source {id: $id})
RETURN s.contentHash AS contentHash
