import DataLoader from 'dataloader';
import { Graph } from '../neo4j/graph';
import { sliceParams } from '../neo4j/slice';
import { Included } from './records';

/**
 * Loads wait for the next turn of the event loop, not just the current microtask queue, so that
 * resolvers which resolve a moment apart still share one batch.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/** Takes the records a query returned beside its answer and primes the request's caches with them. */
export type Include = (included: Included | null | undefined) => void;

/** A row of a loader's query: the answer for one key, and the records it already touched. */
interface LoaderRow<V> {
  key: string;
  value: V;
  included?: Included | null;
}

/** A loader's rows, after priming the request's caches with what each row included. */
async function readRows<V>(
  graph: Graph,
  query: string,
  params: Record<string, unknown>,
  include?: Include,
): Promise<LoaderRow<V>[]> {
  const rows = await graph.read<LoaderRow<V>>(query, params);
  if (include) for (const row of rows) include(row.included);
  return rows;
}

const byKey = <V>(pairs: { key: string; value: V }[]) =>
  new Map(pairs.map((p) => [p.key, p.value]));

/**
 * A request-scoped DataLoader over one named query that takes `$ids` (or `$pages`) and returns
 * rows of {key, value}: every key asked for in one tick of the event loop goes out in one UNWIND,
 * so a request's round trips grow with its depth, not with the number of items it returns. A row
 * may also carry `included`, the records of what the answer points at (see Included), so that the
 * next level of resolvers finds them cached instead of asking again.
 */
export function keyedLoader<V>(
  graph: Graph,
  query: string,
  missing: V,
  include?: Include,
): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (keys) => {
      const values = byKey(await readRows<V>(graph, query, { ids: [...new Set(keys)] }, include));
      return keys.map((k) => values.get(k) ?? missing);
    },
    { batchScheduleFn },
  );
}

export interface PageRequest {
  id: string;
  skip: number;
  limit: number;
  /** Also bring what the query can include beside the page (see claims/find-claim-occurrences); the page itself is the same. */
  relations?: boolean;
}

const pageKey = (p: PageRequest) => `${p.id}|${p.skip}|${p.limit}`;

/** `$pages` as the page queries take it: SKIP and LIMIT as Neo4j integers, each page with its key. */
const pageParams = (pages: readonly PageRequest[]) => ({
  pages: pages.map((p) => ({
    ...p,
    relations: p.relations ?? false,
    ...sliceParams(p),
    key: pageKey(p),
  })),
});

/** Like keyedLoader, for queries that return one page per {id, skip, limit} request. */
export function pagedLoader<V>(
  graph: Graph,
  query: string,
  missing: V,
  include?: Include,
): DataLoader<PageRequest, V, string> {
  return new DataLoader<PageRequest, V, string>(
    async (pages) => {
      const values = byKey(await readRows<V>(graph, query, pageParams(pages), include));
      return pages.map((p) => values.get(pageKey(p)) ?? missing);
    },
    { cacheKeyFn: pageKey, batchScheduleFn },
  );
}
