import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importBundles, ImportReport, storeProblem } from '../src/import/run';
import { GraphSpec, World } from './generate';
import { IngestReport } from './ingest';

export interface BenchImportReport extends ImportReport {
  /** Milliseconds the preparing threads spent generating the synthetic bundles, summed. */
  generateMs: number;
  /** Claims per second with the generation of the input left out; null when threads overlap them. */
  claimsPerSecondWithoutGeneration: number | null;
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
  options: { heap: string; pageCache: string; workers?: number },
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
  // The preparing threads generate the bundles themselves (generatedInput), as they would read
  // files in npm run import, so that generation is spread over the threads too.
  const tasks = Array.from({ length: world.bundles }, (_, k) => ({
    module: require.resolve('./generate'),
    export: 'generatedInput',
    args: [spec, k],
  }));
  const before = os.loadavg();
  const report = await importBundles(tasks, {
    store,
    heap: options.heap,
    pageCache: options.pageCache,
    workers: options.workers,
    log: (line) => log(`  ${line}`),
  });
  const generateMs = report.loadMs;
  const result: BenchImportReport = {
    ...report,
    generateMs,
    // Generation runs beside the rest on the preparing threads: it can be taken out only when
    // everything runs on one thread.
    claimsPerSecondWithoutGeneration:
      report.workers === 0
        ? Math.round(report.claims / ((report.ms.total - generateMs) / 1000))
        : null,
    loadAverage: { before, after: os.loadavg() },
  };
  log(
    `  import: ${result.claimsPerSecond} claims/s, ${report.workers} preparing threads (generating the bundles took ${generateMs} ms of them); ` +
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
