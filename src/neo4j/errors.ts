import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be reached or dropped the connection; the request may be retried later. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Reads were arriving faster than Neo4j answered them, and this one waited too long for a turn (src/neo4j/read-gate.ts). */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
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

/** A failure of the database as every surface reports it: GraphQL, /exports and the CLIs. */
export interface DatabaseFailure {
  code: 'SERVICE_UNAVAILABLE' | 'SERVICE_BUSY' | 'QUERY_TIMEOUT';
  /** The HTTP status of a response that is nothing but this failure. */
  status: 503 | 504;
  /** Seconds after which a retry may succeed (HTTP Retry-After), when waiting helps. */
  retryAfter?: number;
  message: string;
}

/**
 * About how long Neo4j takes to answer again once it is back: the driver's retries give up after
 * 5 s (maxTransactionRetryTime, src/neo4j/connect.ts), and a restarted Neo4j is seen at once.
 */
export const RETRY_AFTER_SECONDS = 5;

/** What a client is told about a failure that Graph translated; null for anything else. */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  if (error instanceof DatabaseUnavailableError)
    return {
      code: 'SERVICE_UNAVAILABLE',
      status: 503,
      retryAfter: RETRY_AFTER_SECONDS,
      message:
        'Neo4j is unreachable; the service answers again as soon as it is back. Retry shortly.',
    };
  if (error instanceof DatabaseBusyError)
    return {
      code: 'SERVICE_BUSY',
      status: 503,
      retryAfter: 1,
      message: `The service is busy: ${error.message}. Nothing was changed; retry shortly.`,
    };
  if (error instanceof QueryTimeoutError)
    return {
      code: 'QUERY_TIMEOUT',
      status: 504,
      message:
        'The query took longer than the server allows (NEO4J_QUERY_TIMEOUT_MS) and was stopped; ask for less, e.g. a smaller page or fewer hops.',
    };
  return null;
}
