// What the full-text index answers for each token, one alphanumeric word each.
UNWIND $tokens AS token
CALL (token) {
  CALL db.index.fulltext.queryNodes('search_text', token) YIELD node
  RETURN collect(node.id) AS ids
}
RETURN token, ids
