// Everything addOccurrence checks before writing: the source text to anchor in, the kinds of
// speaker and outlet, the claim, and the hop relayed.
OPTIONAL MATCH (source:Source {id: $sourceId})
OPTIONAL MATCH (speaker:Entity {id: $speakerId})
OPTIONAL MATCH (outlet:Entity {id: $reportedById})
OPTIONAL MATCH (claim:Claim {id: $claimId})
OPTIONAL MATCH (relayed:Occurrence {id: $quotedFromId})
RETURN
  source {.text, .contentHash, .furniture, .publishedText, .publishedEarliest, .publishedLatest, .publishedPrecision} AS source,
  speaker.kind AS speakerKind,
  outlet.kind AS outletKind,
  claim IS NOT NULL AS claimExists,
  relayed {.depth, claimId: head([(relayed)-[:OF_CLAIM]->(c:Claim) | c.id])} AS relayed,
  EXISTS { MATCH (:Occurrence {id: $id}) } AS taken
