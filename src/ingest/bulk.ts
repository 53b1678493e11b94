import { Graph } from '../neo4j/graph';
import { applySchema } from '../neo4j/schema-setup';

/**
 * Runs a bulk load with the full-text index dropped and rebuilds it afterwards, whether the load
 * succeeded or not. Lucene indexes a whole store in one population far faster than it takes the
 * same documents commit by commit, but until the rebuild is online `search` fails (the index does
 * not exist), so this is for loads nobody searches during: a first load, a maintenance window.
 * If the process dies mid-load, the next start-up's applySchema rebuilds the index.
 */
export async function withSearchIndexDeferred<T>(graph: Graph, load: () => Promise<T>): Promise<T> {
  await graph.write('ingest/drop-search-index');
  try {
    return await load();
  } finally {
    await applySchema(graph);
  }
}
