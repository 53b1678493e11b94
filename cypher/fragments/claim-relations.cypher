// The disputes and supports on both sides of one claim, retracted ones too: one row per relation
// `r`, with the claim on its other side and the direction seen from this claim. A query includes
// it as `CALL (c) {/* include fragments/claim-relations */}`; `claim` stands for that query's variable.
CALL (claim) {
  MATCH (r:ClaimRelation)-[:TO]->(claim)
  MATCH (r)-[:FROM]->(other:Claim)
  RETURN r, other, 'IN' AS direction
  UNION
  MATCH (r:ClaimRelation)-[:FROM]->(claim)
  MATCH (r)-[:TO]->(other:Claim)
  RETURN r, other, 'OUT' AS direction
}
