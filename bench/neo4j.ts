import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/neo4j/connect';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../src/neo4j/embedded';
import { Graph } from '../src/neo4j/graph';
import { applySchema } from '../src/neo4j/schema-setup';

export interface BenchDatabaseOptions {
  /** Folder of this size's store and progress file, kept between runs (e.g. /tmp/claimgraph-bench-1m). */
  dir: string;
  heap: string;
  pageCache: string;
}

export interface BenchDatabase {
  neo4j: EmbeddedNeo4j;
  graph: Graph;
  close(): Promise<void>;
}

/**
 * A Neo4j of the benchmark's own, apart from the one tests and development use: bigger heap and
 * page cache, and a store folder per graph size so that a 1M-claim graph survives between runs.
 */
export async function startBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir: path.join(options.dir, 'neo4j'),
    pageCache: options.pageCache,
    heap: options.heap,
    startupWaitMs: 600000,
    log: (line) => {
      if (/error|exception/i.test(line)) process.stderr.write(line + '\n');
    },
  });
  // Long bulk transactions and cold 1M-claim queries outlast the service's 15 s default.
  const config = loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_QUERY_TIMEOUT_MS: '1800000',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
  });
  const driver = createDriver(neo4j.uri, config);
  const graph = new Graph(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
  });
  await applySchema(graph);
  return {
    neo4j,
    graph,
    async close() {
      await driver.close();
      await neo4j.stop();
    },
  };
}

/** Resident and peak resident memory of a process, in MiB, from /proc/<pid>/status (Linux). */
export function memoryOf(pid: number | 'self'): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

/** Peak resident memory seen by polling, for a process whose VmHWM spans more than the phase measured. */
export class RssSampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number | 'self',
    everyMs = 250,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  private sample() {
    try {
      this.peak = Math.max(this.peak, memoryOf(this.pid).rssMiB);
    } catch {
      // The process has exited; keep the peak seen so far.
    }
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peak;
  }
}
