MATCH (b:Bundle {id: $id})
RETURN b.contentHash AS contentHash
