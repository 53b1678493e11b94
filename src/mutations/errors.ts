import { Problem } from '../bundle/validate';

/**
 * What a write refuses, as domain errors; the GraphQL edge (src/resolvers/mutation.ts) turns
 * them into client errors with their codes. Nothing under src/mutations/ knows GraphQL.
 */

/** The client's mistakes in one argument, every problem with its path. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    readonly argument: string,
    readonly problems: Problem[],
  ) {
    const listed = problems
      .slice(0, 20)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ');
    super(
      `\`${argument}\` is invalid: ${listed}${problems.length > 20 ? `; and ${problems.length - 20} more` : ''}`,
    );
  }
}

/** The write would overwrite what someone else wrote: a taken id, a stale version. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The write needs something the service cannot do yet; refusing keeps the graph whole. */
export class UnsupportedError extends Error {
  override name = 'UnsupportedError';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
