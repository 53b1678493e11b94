import fs from 'node:fs';
import os from 'node:os';
import { withSearchIndexDeferred } from '../src/ingest/bulk';
import { ingestBundle } from '../src/ingest/ingest-bundle';
import { Graph } from '../src/neo4j/graph';
import { generateBundle, GeneratedBundle, GraphSpec, World } from './generate';
import { cpuMsOf, memoryOf, RssSampler, threadCpuMsOf } from './neo4j';

export interface BundleTiming {
  bundle: number;
  claims: number;
  occurrences: number;
  /** Wall time of ingestBundle (validation + the one write transaction). */
  ingestMs: number;
  /** Where the wall time went: validation, each write step, the commit (ms, in order). */
  stepsMs?: Record<string, number>;
  /** Neo4j's CPU time over each step: less at the mercy of a neighbour's load than wall time. */
  stepsNeo4jCpuMs?: Record<string, number>;
  /** CPU time the Neo4j JVM and this process spent while the bundle was in flight; unlike wall time it barely moves with a neighbour's load. */
  neo4jCpuMs?: number;
  nodeCpuMs?: number;
}

export interface IngestReport {
  spec: GraphSpec;
  /** Bundles stored so far; a run resumes after the last one. */
  done: number;
  bundles: BundleTiming[];
  /** Claims per second over the bundles ingested in this report, generation included. */
  claimsPerSecond?: number;
  wallSeconds?: number;
  nodePeakRssMiB?: number;
  neo4jPeakRssMiB?: number;
  /** CPU seconds this process (generation, validation, the driver) and the Neo4j JVM spent over the run. */
  nodeCpuSeconds?: number;
  neo4jCpuSeconds?: number;
  /** The Neo4j CPU split by thread role (Linux thread names): queries (Bolt workers), jit, gc, other. */
  neo4jCpuSecondsByRole?: Record<string, number>;
  /** Time from the last bundle's commit until the deferred full-text index was online again. */
  searchIndexRebuildSeconds?: number;
  /** The machine's 1, 5 and 15 minute load averages when the run started and ended. */
  loadAverage?: { before: number[]; after?: number[] };
  /** True when the bundles were spread over more than one run (stopped and resumed). */
  resumed?: boolean;
}

export interface IngestGraphOptions {
  /** Drop the full-text index for the load and rebuild it after (src/ingest/bulk.ts); the rebuild counts in the rate. */
  deferSearchIndex?: boolean;
}

/**
 * Writes the synthetic graph through ingestBundle, one bundle (one transaction) after another,
 * generating bundle k+1 while Neo4j works on bundle k. Progress is saved after every bundle, so
 * an interrupted 1M-claim load resumes where it stopped instead of starting over.
 */
export async function ingestGraph(
  graph: Graph,
  spec: GraphSpec,
  progressFile: string,
  neo4jPid: number,
  log: (line: string) => void,
  options: IngestGraphOptions = {},
): Promise<IngestReport> {
  const world = new World(spec);
  let report: IngestReport = { spec, done: 0, bundles: [] };
  if (fs.existsSync(progressFile)) {
    const saved = JSON.parse(fs.readFileSync(progressFile, 'utf8')) as IngestReport;
    if (JSON.stringify(saved.spec) === JSON.stringify(spec)) report = saved;
  }
  if (report.done >= world.bundles) return report;
  if (report.done > 0) report.resumed = true;

  const node = new RssSampler('self');
  const java = new RssSampler(neo4jPid);
  const started = Date.now();
  const ownCpu = process.cpuUsage();
  const neo4jCpu = cpuMsOf(neo4jPid);
  const neo4jThreads = threadCpuMsOf(neo4jPid);
  report.loadAverage = { before: os.loadavg() };
  let claims = 0;
  let loaded = started;

  const ingestOne = async (k: number, current: GeneratedBundle, afterValidation: () => void) => {
    const t0 = Date.now();
    const cpu0 = { neo4j: cpuMsOf(neo4jPid), node: process.cpuUsage() };
    const marks: [string, number, number][] = [];
    const mark = (name: string) => {
      marks.push([name, Date.now(), cpuMsOf(neo4jPid)]);
    };
    const writing = ingestBundle(graph, current.input, undefined, {
      beforeStep: mark,
      inTransaction: async () => mark('commit'),
    });
    mark('resolve');
    afterValidation();
    await writing;
    const ingestMs = Date.now() - t0;
    mark('end');
    const stepsMs: Record<string, number> = { validate: marks[0][1] - t0 };
    const stepsNeo4jCpuMs: Record<string, number> = {};
    for (let i = 0; i + 1 < marks.length; i++) {
      stepsMs[marks[i][0]] = (stepsMs[marks[i][0]] ?? 0) + marks[i + 1][1] - marks[i][1];
      stepsNeo4jCpuMs[marks[i][0]] =
        (stepsNeo4jCpuMs[marks[i][0]] ?? 0) + marks[i + 1][2] - marks[i][2];
    }
    const nodeCpu = process.cpuUsage(cpu0.node);
    claims += current.claims;
    const timing: BundleTiming = {
      bundle: k,
      claims: current.claims,
      occurrences: current.occurrences,
      ingestMs,
      stepsMs,
      stepsNeo4jCpuMs,
      neo4jCpuMs: cpuMsOf(neo4jPid) - cpu0.neo4j,
      nodeCpuMs: Math.round((nodeCpu.user + nodeCpu.system) / 1000),
    };
    report.bundles.push(timing);
    report.done = k + 1;
    fs.writeFileSync(progressFile, JSON.stringify(report, null, 1));
    const elapsed = (Date.now() - started) / 1000;
    log(
      `  bundle ${k + 1}/${world.bundles}: ${current.claims} claims, ${current.occurrences} occurrences in ${ingestMs} ms; ` +
        `${Math.round(claims / elapsed)} claims/s so far; Neo4j RSS ${memoryOf(neo4jPid).rssMiB} MiB; ` +
        `CPU Neo4j ${timing.neo4jCpuMs} ms, Node ${timing.nodeCpuMs} ms; wall/Neo4j CPU ms: ` +
        Object.entries(stepsMs)
          .map(([s, ms]) => `${s} ${ms}/${stepsNeo4jCpuMs[s] ?? '-'}`)
          .join(', '),
    );
  };

  const loadBundles = async () => {
    let next: GeneratedBundle | undefined = generateBundle(world, report.done);
    for (let k = report.done; k < world.bundles; k++) {
      const current = next;
      // Validation runs synchronously inside ingestBundle; build the next bundle while Neo4j writes.
      await ingestOne(k, current, () => {
        next = k + 1 < world.bundles ? generateBundle(world, k + 1) : undefined;
      });
    }
    loaded = Date.now();
  };
  if (options.deferSearchIndex) {
    await withSearchIndexDeferred(graph, loadBundles);
    report.searchIndexRebuildSeconds = Math.round((Date.now() - loaded) / 100) / 10;
    log(`  full-text index rebuilt in ${report.searchIndexRebuildSeconds} s`);
  } else {
    await loadBundles();
  }
  const wallSeconds = (Date.now() - started) / 1000;
  report.wallSeconds = Math.round(wallSeconds * 10) / 10;
  report.claimsPerSecond = Math.round(claims / wallSeconds);
  const cpu = process.cpuUsage(ownCpu);
  report.nodeCpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
  report.neo4jCpuSeconds = Math.round((cpuMsOf(neo4jPid) - neo4jCpu) / 100) / 10;
  const threadsAfter = threadCpuMsOf(neo4jPid);
  report.neo4jCpuSecondsByRole = Object.fromEntries(
    Object.entries(threadsAfter).map(([role, ms]) => [
      role,
      Math.round((ms - neo4jThreads[role]) / 100) / 10,
    ]),
  );
  report.loadAverage.after = os.loadavg();
  report.nodePeakRssMiB = node.stop();
  report.neo4jPeakRssMiB = Math.max(java.stop(), memoryOf(neo4jPid).peakMiB);
  fs.writeFileSync(progressFile, JSON.stringify(report, null, 1));
  log(
    `  ingest wall ${report.wallSeconds} s, CPU Neo4j ${report.neo4jCpuSeconds} s (${Object.entries(
      report.neo4jCpuSecondsByRole,
    )
      .map(([r, s]) => `${r} ${s}`)
      .join(', ')}), Node ${report.nodeCpuSeconds} s; ` +
      `load average ${report.loadAverage.before.map((l) => l.toFixed(2)).join(' ')} before, ${report.loadAverage.after.map((l) => l.toFixed(2)).join(' ')} after`,
  );
  return report;
}
