import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import { Graph } from '../neo4j/graph';

/**
 * Loads wait for the next turn of the event loop, not just the current microtask queue, so that
 * resolvers which resolve a moment apart still share one batch.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/**
 * A request-scoped DataLoader over one named query that takes `$ids` (or `$pages`) and returns
 * rows of {key, value}: every key asked for in one tick of the event loop goes out in one UNWIND,
 * so a request's round trips grow with its depth, not with the number of items it returns.
 */
export function keyedLoader<V>(graph: Graph, query: string, missing: V, param = 'ids'): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const rows = await graph.read<{ key: string; value: V }>(query, { [param]: [...new Set(keys)] });
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k) ?? missing);
  }, { batchScheduleFn });
}

export interface PageRequest {
  id: string;
  skip: number;
  limit: number;
}

/** Like keyedLoader, for queries that return one page per {id, skip, limit} request. */
export function pagedLoader<V>(graph: Graph, query: string, missing: V): DataLoader<PageRequest, V, string> {
  const keyOf = (p: PageRequest) => `${p.id}|${p.skip}|${p.limit}`;
  return new DataLoader<PageRequest, V, string>(
    async (pages) => {
      const rows = await graph.read<{ key: string; value: V }>(query, {
        pages: pages.map((p) => ({ ...p, skip: neo4j.int(p.skip), limit: neo4j.int(p.limit), key: keyOf(p) })),
      });
      const byKey = new Map(rows.map((r) => [r.key, r.value]));
      return pages.map((p) => byKey.get(keyOf(p)) ?? missing);
    },
    { cacheKeyFn: keyOf, batchScheduleFn },
  );
}
