import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchArgs, parseBenchArgs, SIZES } from './args';
import { writeChart } from './chart';
import { summarizeCpuProfile } from './cpuprofile';
import { World } from './generate';
import { BenchImportReport, importGraph } from './import';
import { ingestGraph, IngestReport } from './ingest';
import { LoadResult, measure, Measurement, summarize } from './load';
import { memoryOf, RssSampler, startBenchDatabase } from './neo4j';
import { embeddingsAvailable } from '../src/matching/embedding';
import { floorFor, OPERATIONS, Samples } from './operations';
import { PlanCheck, profileOperations } from './profile';
import { writeSummary } from './report';
import { sampleParameters } from './sample';
import { Service, startService, TargetName, TARGETS } from './services';
import { askIds, requestOf } from './targets';

const RESULTS_DIR = path.join(__dirname, 'results');
const PLANS_DIR = path.join(__dirname, 'plans');
const log = (line: string) => console.log(line);
const running = new Set<() => Promise<void>>();
const stopAll = () => Promise.allSettled([...running].map((stop) => stop()));

export interface Agreement {
  asked: number;
  agreed: number;
  /** The first disagreement, for the report. */
  example?: { sample: number; expected: string[]; got: string[] };
  error?: string;
}

export interface SizeResult {
  size: string;
  claims: number;
  startedAt: string;
  loadAverage: { before: number[]; after: number[] };
  ingest: IngestReport;
  /** The offline import that built the store, when --import built it (`import.claimsPerSecond`). */
  import?: BenchImportReport;
  samples: { claims: number; entities: number; pairs: number; words: number; months: number };
  plans: Record<string, PlanCheck[]>;
  agreement: Record<string, Partial<Record<TargetName, Agreement>>>;
  load: Record<string, Partial<Record<TargetName, LoadResult>>>;
  /** Peak resident memory of each server process over the whole load test. */
  servicePeakRssMiB: Partial<Record<TargetName, number>>;
  neo4jPeakRssMiB: number;
  neo4jVersion: string;
}

/** Asks each operation of every target for the first samples and compares the ids with the raw Cypher answer. */
async function checkAgreement(
  services: Service[],
  samples: Samples,
  ops = OPERATIONS,
  count = 8,
): Promise<SizeResult['agreement']> {
  const out: SizeResult['agreement'] = {};
  const reference = services.find((s) => s.target === 'cypher')!;
  for (const op of ops) {
    out[op.name] = {};
    for (const service of services.filter((s) => s !== reference)) {
      const result: Agreement = { asked: 0, agreed: 0 };
      try {
        for (let i = 0; i < count; i++) {
          // Each is compared with the floor that ranks as it can (floorFor: by meaning or by words).
          const floor = floorFor(op, service.target, embeddingsAvailable());
          const expected = await askIds(reference.url, 'cypher', floor, i, samples);
          const got = await askIds(service.url, service.target, op, i, samples);
          result.asked += 1;
          if (JSON.stringify(expected) === JSON.stringify(got)) result.agreed += 1;
          else result.example ??= { sample: i, expected, got };
        }
      } catch (error) {
        result.error = (error as Error).message.slice(0, 400);
      }
      out[op.name][service.target] = result;
    }
  }
  return out;
}

async function benchSize(args: BenchArgs, size: string): Promise<void> {
  const dir = `${args.dataPrefix}-${size}`;
  fs.mkdirSync(dir, { recursive: true });
  log(`\n== ${size}: ${SIZES[size]} claims, store in ${dir}`);
  const spec = { seed: args.seed, claims: SIZES[size], claimsPerBundle: args.claimsPerBundle };
  const imported = args.import
    ? await importGraph(
        dir,
        spec,
        path.join(dir, 'ingest-progress.json'),
        { heap: args.heap, pageCache: args.pageCache, workers: args.importWorkers },
        log,
      )
    : undefined;
  const db = await startBenchDatabase({ dir, heap: args.heap, pageCache: args.pageCache });
  running.add(db.close);
  const services: Service[] = [];
  try {
    const ingest = await ingestGraph(
      db.graph,
      spec,
      path.join(dir, 'ingest-progress.json'),
      db.neo4j.pid,
      log,
      { deferSearchIndex: args.deferSearchIndex },
    );
    log(
      `  ingest: ${ingest.claimsPerSecond ?? '?'} claims/s, Node peak ${ingest.nodePeakRssMiB} MiB, Neo4j peak ${ingest.neo4jPeakRssMiB} MiB`,
    );
    if (args.ingestOnly) return;

    const before = os.loadavg();
    const startedAt = new Date().toISOString();
    const ops = OPERATIONS.filter((op) => args.ops.length === 0 || args.ops.includes(op.name));
    const targets = TARGETS.filter(
      (t) => args.targets.length === 0 || args.targets.includes(t) || t === 'cypher',
    );
    const world = new World(spec);
    const samples = await sampleParameters(db.graph, world);
    log(
      `  samples: ${samples.claimIds.length} claims, ${samples.entityIds.length} entities, ${samples.pairs.length} three-hop pairs`,
    );
    fs.writeFileSync(
      path.join(RESULTS_DIR, `samples-${size}.json`),
      JSON.stringify(samples, null, 1),
    );

    // A diagnosis keeps its plans beside its store, leaving the full run's plans alone.
    const plans = await profileOperations(
      db.graph,
      ops,
      samples,
      isComplete(args) ? path.join(PLANS_DIR, size) : path.join(dir, 'plans'),
    );
    for (const [op, checks] of Object.entries(plans)) {
      for (const c of checks)
        if (c.scans.length) log(`  PLAN ${op}: ${c.query} scans: ${c.scans.join('; ')}`);
    }

    const cpuProfileDir = path.join(dir, 'cpuprofile');
    fs.rmSync(cpuProfileDir, { recursive: true, force: true });
    for (const target of targets) {
      const service = await startService(
        target,
        db.neo4j.uri,
        target === 'claimgraph' && args.cpuProfile ? { cpuProfileDir } : {},
      );
      services.push(service);
      running.add(service.stop);
    }
    const agreement = await checkAgreement(services, samples, ops);
    for (const [op, byTarget] of Object.entries(agreement)) {
      for (const [target, a] of Object.entries(byTarget)) {
        log(
          `  agree ${op} ${target}: ${a.agreed}/${a.asked}${a.error ? ` ERROR ${a.error}` : ''}${a.example ? ` e.g. sample ${a.example.sample}` : ''}`,
        );
      }
    }

    const neo4jRss = new RssSampler(db.neo4j.pid, 500);
    const servicePeaks = new Map(services.map((s) => [s.target, 0]));
    const load: SizeResult['load'] = {};
    for (const [j, op] of ops.entries()) {
      const stretches = new Map<TargetName, Measurement[]>(services.map((s) => [s.target, []]));
      // Several short stretches per target, interleaved and in rotating order, so that a
      // neighbour's burst on the shared machine lands on every target alike.
      for (let round = 0; round < args.rounds; round++) {
        const order = services.map((_, k) => services[(k + j + round) % services.length]);
        for (const service of order) {
          const m = await measure(
            service.url,
            // The floor timed is claimgraph's (by meaning where Neo4j embeds).
            (i) =>
              requestOf(
                service.target,
                floorFor(op, service.target, embeddingsAvailable()),
                i + round * 100_000,
                samples,
              ),
            {
              connections: args.connections,
              durationSeconds: Math.max(1, Math.round(args.durationSeconds / args.rounds)),
              warmupSeconds: round === 0 ? args.warmupSeconds : 0,
              pid: service.pid,
            },
          );
          stretches.get(service.target)!.push(m);
        }
      }
      load[op.name] = {};
      for (const service of services) {
        const result = summarize(stretches.get(service.target)!);
        load[op.name][service.target] = result;
        servicePeaks.set(
          service.target,
          Math.max(servicePeaks.get(service.target)!, result.peakRssMiB),
        );
        log(
          `  ${op.name.padEnd(14)} ${service.target.padEnd(13)} p50 ${result.p50} ms  p95 ${result.p95}  p99 ${result.p99}  ${result.rps} req/s  errors ${result.errors}/${result.requests}  RSS ${result.peakRssMiB} MiB`,
        );
      }
    }
    const [{ versions }] = await db.graph.runRaw(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions",
    );
    const result: SizeResult = {
      size,
      claims: SIZES[size],
      startedAt,
      loadAverage: { before, after: os.loadavg() },
      ingest,
      import: imported,
      samples: {
        claims: samples.claimIds.length,
        entities: samples.entityIds.length,
        pairs: samples.pairs.length,
        words: samples.words.length,
        months: samples.months.length,
      },
      plans,
      agreement,
      load,
      servicePeakRssMiB: Object.fromEntries(
        services.map((s) => [
          s.target,
          Math.max(servicePeaks.get(s.target)!, memoryOf(s.pid).peakMiB),
        ]),
      ),
      neo4jPeakRssMiB: Math.max(neo4jRss.stop(), memoryOf(db.neo4j.pid).rssMiB),
      neo4jVersion: String((versions as string[])[0]),
    };
    // A run narrowed to some operations or targets, or slowed by profiling, is a diagnosis: it
    // must not replace the full results the chart and BENCHMARKS.md are built from.
    if (isComplete(args))
      fs.writeFileSync(path.join(RESULTS_DIR, `${size}.json`), JSON.stringify(result, null, 1));
  } finally {
    for (const service of services) {
      running.delete(service.stop);
      await service.stop();
    }
    running.delete(db.close);
    await db.close();
  }
  const profiles = fs.existsSync(path.join(dir, 'cpuprofile'))
    ? fs.readdirSync(path.join(dir, 'cpuprofile')).map((f) => path.join(dir, 'cpuprofile', f))
    : [];
  if (args.cpuProfile && profiles.length) {
    // The main thread's profile is the biggest; the others are tsx's helper threads.
    const main = profiles.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
    summarizeCpuProfile(main, path.join(RESULTS_DIR, `cpuprofile-${size}.md`));
    log(
      `  CPU profile of the claimgraph service: ${main}, summary in bench/results/cpuprofile-${size}.md`,
    );
  }
}

const isComplete = (args: BenchArgs) =>
  args.ops.length === 0 && args.targets.length === 0 && !args.cpuProfile;

/** What the numbers were measured on, for BENCHMARKS.md. */
function describeMachine() {
  const cpu =
    /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ??
    os.cpus()[0]?.model;
  // java -version writes to stderr.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr;
  return {
    cpu,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    node: process.version,
    java: (java || '').split('\n')[0],
  };
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  // Ctrl-C must still stop the benchmark's Neo4j and servers, or the Neo4j keeps its store locked.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stopAll().then(() => process.exit(130)));
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  for (const size of args.sizes) await benchSize(args, size);
  if (!args.ingestOnly && isComplete(args)) {
    fs.writeFileSync(
      path.join(RESULTS_DIR, 'machine.json'),
      JSON.stringify(describeMachine(), null, 1),
    );
    writeChart(RESULTS_DIR);
    writeSummary(RESULTS_DIR);
    log(`\nResults in ${RESULTS_DIR}: summary.md, latency.svg, <size>.json; plans in ${PLANS_DIR}`);
  }
}

main().catch(async (error) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
