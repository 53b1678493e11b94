import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be reached or dropped the connection; the request may be retried later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A query ran past NEO4J_QUERY_TIMEOUT_MS and Neo4j stopped it. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Maps the driver's connectivity and timeout errors to domain errors; anything else is returned as is. */
export function translateDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (
    UNAVAILABLE.has(error.code) ||
    /acquisition timed out|Failed to connect|ECONNREFUSED/i.test(error.message)
  ) {
    return new DatabaseUnavailableError(
      `Neo4j is unreachable (NEO4J_URI): ${error.message.split('\n')[0]}`,
      { cause: error },
    );
  }
  if (TIMED_OUT.has(error.code)) {
    return new QueryTimeoutError(`A query ran longer than its timeout and Neo4j stopped it`, {
      cause: error,
    });
  }
  return error;
}
