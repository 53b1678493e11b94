import type { Slice } from '../neo4j/slice';
import { badArgument } from './errors';

export const MAX_PAGE_SIZE = 100;

/** A page as the repositories take it: `skip` is the cursor's position, `limit` is `first`. */
export type Page = Slice;

/** The arguments of every paged field: `first` and `after`. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const CURSOR_PREFIX = 'cg1:';

export function encodeCursor(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`).toString('base64url');
}

/** Checks `first` and `after` and turns them into a slice; a bad value is a precise client error. */
export function parsePage(args: PageArgs, defaultFirst = 20): Page {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badArgument('first', first, `between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.after === undefined || args.after === null) return { skip: 0, limit: first };
  const decoded = Buffer.from(args.after, 'base64url').toString();
  const index = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(index) || index < 0) {
    throw badArgument('after', args.after, 'a cursor returned by this API (pageInfo.endCursor)');
  }
  return { skip: index + 1, limit: first };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.skip + nodes.length < totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
