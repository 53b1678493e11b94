import { findSeedBundles, readBundleFile } from '../bundle/load';
import { Graph } from '../neo4j/graph';
import { bundleHash, ingestBundle, IngestResult } from './ingest-bundle';

export interface SeedResult {
  file: string;
  /** Null when the same document was already loaded, so nothing was written. */
  result: IngestResult | null;
}

/**
 * Loads every bundle under the seeds folder through the same path as `npm run ingest`. A bundle
 * whose stored hash matches the file is skipped: loading it again would change nothing, and
 * skipping saves seconds of every restart.
 */
export async function loadSeeds(graph: Graph, seedDir: string): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  for (const file of findSeedBundles(seedDir)) {
    const { input, text } = readBundleFile(file);
    const id = (input as { id?: unknown })?.id;
    const [stored] =
      typeof id === 'string'
        ? await graph.read<{ contentHash: string }>('ingest/find-bundle-hash', { id })
        : [];
    if (stored?.contentHash === bundleHash(input)) results.push({ file, result: null });
    else results.push({ file, result: await ingestBundle(graph, input, text) });
  }
  return results;
}
