import { findSeedBundles, readBundleFile } from '../bundle/load';
import { Graph } from '../neo4j/graph';
import { ingestBundle, IngestResult } from './ingest-bundle';

/** Loads every bundle under the seeds folder through the same path as `npm run ingest`. */
export async function loadSeeds(graph: Graph, seedDir: string): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const file of findSeedBundles(seedDir)) {
    const { input, text } = readBundleFile(file);
    results.push(await ingestBundle(graph, input, text));
  }
  return results;
}
