// A claim's matchEmbedding: the sentence embedding of its text (claimgraph.embed, registered by
// the embedded Neo4j's launcher), which the vector index claim_match_embedding serves to
// match-claims-by-meaning. Run after refresh-match-text wherever the store can embed.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
SET c.matchEmbedding = claimgraph.embed(c.text)
