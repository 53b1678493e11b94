// A claim as every read returns it (ClaimRecord in src/repositories/records.ts). A query includes
// it as `c {/* include fragments/claim-record */}`; `claim` stands for that query's variable.
claim {.*, recordedAt: toString(claim.recordedAt)}
