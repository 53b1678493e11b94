import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';
import { ensureLauncherBuilt, freePort, startEmbeddedNeo4j } from '../neo4j/embedded';
import { Graph } from '../neo4j/graph';
import { applySchema, BACKFILLS } from '../neo4j/schema-setup';
import { CsvGraphWriter, ImportFile } from './write-csv';
import { ImportPlan } from './plan';
import { preparedInOrder } from './pool';
import { ImportTask } from './prepare';
import { BundleValidationError } from '../bundle/validate';
import { ARRAY_DELIMITER } from './csv';

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');

export type { ImportInput, ImportTask } from './prepare';

export interface ImportOptions {
  /** Store folder of the embedded Neo4j (EMBEDDED_NEO4J_DATA_DIR); must hold no database yet. */
  store: string;
  /** Heap of the importer and of the Neo4j started afterwards to build the indexes. */
  heap?: string;
  pageCache?: string;
  java?: string;
  log?: (line: string) => void;
  /**
   * Threads that read, validate and hash bundles ahead of the one adding them in order
   * (src/import/pool.ts); 0 does it all on the calling thread. Default: one per core.
   */
  workers?: number;
}

export interface ImportReport {
  bundles: number;
  claims: number;
  occurrences: number;
  entities: number;
  /** Wall milliseconds per phase: prepare (validate, resolve, sourcing, CSV), admin import, schema. */
  ms: { prepare: number; import: number; schema: number; total: number };
  /**
   * CPU milliseconds per phase (this process for prepare; the importer's JVM and the Neo4j that
   * builds the indexes for the others, read from /proc as reaped children's time on Linux):
   * less at the mercy of a shared machine's load than wall time.
   */
  cpuMs: { prepare: number; import: number; schema: number };
  claimsPerSecond: number;
  /** Preparing threads used (ImportOptions.workers). */
  workers: number;
  /** Milliseconds the preparing threads spent reading or generating the bundles, summed over threads. */
  loadMs: number;
}

/** CPU time of this process's reaped children so far (cutime + cstime of /proc/self/stat), in ms. */
function childrenCpuMs(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/** Why a store cannot take an import; null when it can. */
export function storeProblem(store: string): string | null {
  const db = path.join(store, 'data', 'databases', 'neo4j');
  if (fs.existsSync(db) && fs.readdirSync(db).length > 0)
    return `${store} already holds a database (${db}); the offline import only writes a new store: give an empty folder, or delete this one after backing it up`;
  return null;
}

/**
 * Builds a new store from bundles with Neo4j's offline importer: every bundle validated and
 * resolved as ingestBundle would (src/import/plan.ts), written as CSV, loaded by
 * `neo4j-admin database import full`, then started once to create the constraints, indexes and
 * the full-text index. It needs an empty store and no Neo4j running on it.
 */
export async function importBundles(
  bundles: Iterable<ImportTask> | AsyncIterable<ImportTask>,
  options: ImportOptions,
): Promise<ImportReport> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const store = path.resolve(options.store);
  const problem = storeProblem(store);
  if (problem) throw new Error(problem);
  const started = Date.now();
  const ownCpu = process.cpuUsage();
  const csvDir = path.join(store, 'import-csv');
  fs.rmSync(csvDir, { recursive: true, force: true });
  const writer = new CsvGraphWriter(csvDir, new Date());
  const plan = new ImportPlan(writer.occurrenceSink);
  const workers = options.workers ?? os.availableParallelism();
  let count = 0;
  let loadMs = 0;
  for await (const prepared of preparedInOrder(bundles, workers)) {
    loadMs += prepared.loadMs;
    if (!prepared.ok) throw new BundleValidationError(prepared.problems);
    plan.addValidated(prepared.bundle, prepared.text, prepared.hash);
    count += 1;
  }
  plan.finish();
  const files = writer.finish(plan);
  const occurrences = plan.occurrences.size;
  const prepared = Date.now();
  const prepareCpu = process.cpuUsage(ownCpu);
  const children0 = childrenCpuMs();
  log(
    `import: ${count} bundles validated and resolved, ${plan.claims.size} claims, ${occurrences} occurrences, CSV in ${prepared - started} ms`,
  );

  await runAdminImport(store, files, options);
  const imported = Date.now();
  const children1 = childrenCpuMs();
  log(`import: neo4j-admin database import full took ${imported - prepared} ms`);

  await buildSchema(store, plan, options);
  fs.rmSync(csvDir, { recursive: true, force: true });
  const done = Date.now();
  const children2 = childrenCpuMs();
  log(`import: constraints, indexes and the full-text index took ${done - imported} ms`);
  return {
    bundles: count,
    claims: plan.claims.size,
    occurrences,
    entities: plan.entities.size,
    ms: {
      prepare: prepared - started,
      import: imported - prepared,
      schema: done - imported,
      total: done - started,
    },
    cpuMs: {
      prepare: Math.round((prepareCpu.user + prepareCpu.system) / 1000),
      import: children1 - children0,
      schema: children2 - children1,
    },
    claimsPerSecond: Math.round(plan.claims.size / ((done - started) / 1000)),
    workers,
    loadMs: Math.round(loadMs),
  };
}

async function runAdminImport(store: string, files: ImportFile[], options: ImportOptions) {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const java = options.java ?? 'java';
  ensureLauncherBuilt(log, java);
  const conf = path.join(store, 'conf');
  fs.mkdirSync(conf, { recursive: true });
  if (!fs.existsSync(path.join(conf, 'neo4j.conf')))
    fs.writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const args = [
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    `-Xmx${options.heap ?? '2g'}`,
    '-cp',
    path.join(LAUNCHER_DIR, 'target/lib/*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    '--multiline-fields=true',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    // The importer writes its report of bad entries to the working directory unless told.
    `--report-file=${path.join(store, 'import.report')}`,
    ...files.map((f) => `--${f.kind}=${f.name}=${f.file}`),
  ];
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: store, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (output.length > 60) output.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0)
    throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.join('\n')}`);
}

/** Starts the new store once: empty lists the CSV cannot carry, then the schema and its indexes. */
async function buildSchema(store: string, plan: ImportPlan, options: ImportOptions) {
  // Populating the indexes of a large store outlasts the launcher's default 30 s transaction
  // timeout, which would stop db.awaitIndexes; this Neo4j serves nobody else.
  const timeout = process.env.NEO4J_LAUNCHER_TX_TIMEOUT;
  process.env.NEO4J_LAUNCHER_TX_TIMEOUT = '3600s';
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir: store,
    pageCache: options.pageCache ?? '512m',
    heap: options.heap ?? '2g',
    startupWaitMs: 300000,
    java: options.java,
    log: () => {},
  }).finally(() => {
    if (timeout === undefined) delete process.env.NEO4J_LAUNCHER_TX_TIMEOUT;
    else process.env.NEO4J_LAUNCHER_TX_TIMEOUT = timeout;
  });
  const driver = neo4jDriver.driver(neo4j.uri, undefined, { disableLosslessIntegers: true });
  try {
    const graph = new Graph(driver, { database: 'neo4j', queryTimeoutMs: 3600000 });
    const emptyAffiliation = [...plan.entities.values()]
      .filter((e) => e.affiliation !== null && e.affiliation.length === 0)
      .map((e) => e.id);
    const emptyFurniture = [...plan.sources.values()]
      .filter((s) => s.furniture.length === 0)
      .map((s) => s.id);
    // The imported store already holds its tallies, spans and order keys: no backfill is due.
    for (const { migration } of BACKFILLS)
      await graph.write('schema/mark-backfilled', { migration });
    await applySchema(graph);
    await graph.write('import/set-empty-lists', { emptyAffiliation, emptyFurniture });
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
