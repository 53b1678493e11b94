import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importBundles, ImportReport, storeProblem } from '../src/import/run';
import { generateBundle, GraphSpec, World } from './generate';
import { IngestReport } from './ingest';

export interface BenchImportReport extends ImportReport {
  /** Milliseconds spent generating the synthetic bundles, inside `ms.prepare`. */
  generateMs: number;
  /** Claims per second with the generation of the input left out. */
  claimsPerSecondWithoutGeneration: number;
  loadAverage: { before: number[]; after: number[] };
}

/**
 * Builds the store of a size with the offline importer (src/import/run.ts) when it holds no
 * database yet, and records it in ingest-progress.json as fully loaded, so that ingestGraph finds
 * nothing left to do. Returns the import's report, or the one saved by an earlier run.
 */
export async function importGraph(
  dir: string,
  spec: GraphSpec,
  progressFile: string,
  options: { heap: string; pageCache: string },
  log: (line: string) => void,
): Promise<BenchImportReport | undefined> {
  if (fs.existsSync(progressFile)) {
    const saved = JSON.parse(fs.readFileSync(progressFile, 'utf8')) as IngestReport & {
      import?: BenchImportReport;
    };
    if (JSON.stringify(saved.spec) === JSON.stringify(spec)) return saved.import;
  }
  // The store folder startBenchDatabase serves (bench/neo4j.ts), not the size's folder itself.
  const store = path.join(dir, 'neo4j');
  const problem = storeProblem(store);
  if (problem) throw new Error(`--import: ${problem}`);
  const world = new World(spec);
  let generateMs = 0;
  function* bundles() {
    for (let k = 0; k < world.bundles; k++) {
      const t = Date.now();
      const { input } = generateBundle(world, k);
      generateMs += Date.now() - t;
      yield { input };
    }
  }
  const before = os.loadavg();
  const report = await importBundles(bundles(), {
    store,
    heap: options.heap,
    pageCache: options.pageCache,
    log: (line) => log(`  ${line}`),
  });
  const result: BenchImportReport = {
    ...report,
    generateMs,
    claimsPerSecondWithoutGeneration: Math.round(
      report.claims / ((report.ms.total - generateMs) / 1000),
    ),
    loadAverage: { before, after: os.loadavg() },
  };
  log(
    `  import: ${result.claimsPerSecond} claims/s (${result.claimsPerSecondWithoutGeneration} without generating the bundles); ` +
      `load average ${before.map((l) => l.toFixed(2)).join(' ')} before, ${result.loadAverage.after.map((l) => l.toFixed(2)).join(' ')} after`,
  );
  const progress: IngestReport & { import: BenchImportReport } = {
    spec,
    done: world.bundles,
    bundles: [],
    import: result,
  };
  fs.writeFileSync(progressFile, JSON.stringify(progress, null, 1));
  return result;
}
