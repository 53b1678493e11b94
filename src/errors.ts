import { databaseFailure } from './neo4j/errors';

/** A start-up failure whose message says what went wrong and how to fix it. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * What a process (the service, a CLI) prints when it stops on an error: the message alone when it
 * already says what to do (a StartupError, Neo4j unreachable or too slow), the whole error otherwise.
 */
export function failureReport(error: unknown): unknown {
  if (error instanceof StartupError) return error.message;
  return databaseFailure(error)?.message ?? error;
}
