import { findSeedBundles, readBundleFile } from '../bundle/load';
import { Graph } from '../neo4j/graph';
import { bundleHash, ingestBundle, IngestResult } from './ingest-bundle';

export interface SeedResult {
  file: string;
  /** Null when the same document was already loaded, so nothing was written. */
  result: IngestResult | null;
}

/**
 * Counts sourcing again for claims counted under older rules, so that a store kept from an
 * earlier version answers filters by the current ones; afterwards every write keeps them current.
 */
export async function refreshStaleSourcing(graph: Graph): Promise<number> {
  const [{ ids }] = await graph.read<{ ids: string[] }>('ingest/find-stale-sourcing');
  for (let i = 0; i < ids.length; i += 2000) {
    const batch = ids.slice(i, i + 2000);
    await graph.write('ingest/refresh-claim-sourcing', { ids: batch });
    await graph.write('claims/refresh-claim-tallies', { ids: batch });
  }
  return ids.length;
}

/**
 * Seeds load in name order (a later article may name an earlier one's records by id).
 * Loads every bundle under the seeds folder through the same path as `npm run ingest`. A bundle
 * whose stored hash matches the file is skipped: loading it again would change nothing, and
 * skipping saves seconds of every restart.
 */
export async function loadSeeds(graph: Graph, seedDir: string): Promise<SeedResult[]> {
  await refreshStaleSourcing(graph);
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
