import { badArgument } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface Page {
  first: number;
  offset: number;
}

const CURSOR_PREFIX = 'cg1:';

export function encodeCursor(index: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${index}`).toString('base64url');
}

/** Checks `first` and `after` and turns them into a slice; a bad value is a precise client error. */
export function parsePage(
  args: { first?: number | null; after?: string | null },
  defaultFirst = 20,
): Page {
  const first = args.first ?? defaultFirst;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badArgument('first', first, `between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.after === undefined || args.after === null) return { first, offset: 0 };
  const decoded = Buffer.from(args.after, 'base64url').toString();
  const index = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(index) || index < 0) {
    throw badArgument('after', args.after, 'a cursor returned by this API (pageInfo.endCursor)');
  }
  return { first, offset: index + 1 };
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
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
