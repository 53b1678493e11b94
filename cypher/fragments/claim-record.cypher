// A claim as every read returns it (ClaimRecord in src/repositories/records.ts). A query includes
// it as `c {/* include fragments/claim-record */}`; `claim` stands for that query's variable.
// matchClaims' embedding (384 floats) stays in the store.
claim {.*, recordedAt: toString(claim.recordedAt), matchEmbedding: null}
