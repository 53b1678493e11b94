// One page of disputed claims in id order, each with the statements that dispute it: who made
// them, when, and where they were published.
// The total from the tallies kept at write time (cypher/claims/refresh-claim-tallies).
CALL () {
  UNWIND ['t', 'f', 'n'] AS a
  UNWIND ['t', 'f', 'n'] AS k
  UNWIND ['t', 'f', 'n'] AS o
  OPTIONAL MATCH (t:ClaimTally {key: 't' + a + k + o})
  RETURN coalesce(sum(t.count), 0) AS total
}
CALL () {
  // Ordered by (disputed, id), the (disputed, id) index's own order, the page is read straight
  // from it; ORDER BY c.id alone made the planner read and sort all 99,852 entries at 1M.
  MATCH (c:Claim) WHERE c.disputed = true AND c.id IS NOT NULL
  WITH c ORDER BY c.disputed, c.id SKIP $skip LIMIT $first
  RETURN collect(c {
    .id, .text,
    // Anchored at c, unlabelled: with the label the planner may start from the ClaimRelation(kind)
    // index and scan every relation (154k db hits for a page on a fresh 10k store).
    disputedBy: [(c)<-[:TO]-(r) WHERE r.kind = 'DISPUTES' AND r.retractedAt IS NULL | r {
      .id, .note,
      claim: head([(r)-[:FROM]->(d:Claim) | d {.id, .text}]),
      evidence: [(r)-[:EVIDENCED_BY]->(e:Occurrence) | e {
        .id, .publishedText,
        speaker: head([(e)-[:ATTRIBUTED_TO]->(s:Entity) | s {.id, .name}]),
        reportedBy: head([(e)-[:REPORTED_BY]->(o:Entity) | o {.id, .name}])
      }]
    }]
  }) AS claims
}
RETURN total, claims
