import neo4j from 'neo4j-driver';

/** A window onto an ordered answer: the rows after the first `skip`, at most `limit` of them. */
export interface Slice {
  skip: number;
  limit: number;
}

/** `$skip` and `$limit` as Cypher needs them: integers, where JavaScript numbers travel as floats. */
export function sliceParams(slice: Slice) {
  return { skip: neo4j.int(slice.skip), limit: neo4j.int(slice.limit) };
}
