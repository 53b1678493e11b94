import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { configEntry, generateKey } from '../src/auth/keys';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/neo4j/connect';
import { freePort } from '../src/neo4j/embedded';
import { Graph } from '../src/neo4j/graph';
import { applySchema } from '../src/neo4j/schema-setup';
import { loadSeeds } from '../src/ingest/seed';
import { soakBundle } from './bundles';
import { awaitQuiescence, Calibration, footprints, runChecks, unexpectedOutcomes } from './checks';
import { askUntilAnswered, gql } from './client';
import { measureReadCosts } from './cost';
import { FAULT_CYCLE, FaultKind, FaultRecord, inject } from './faults';
import { Ledger } from './ledger';
import { Neo4jProcess, ServiceProcess, sleep } from './processes';
import { QUESTIONS, seedSamples } from './questions';
import { OpenLoopReaders } from './readers';
import { recoveryOf, SoakResult, SoakSettings } from './report';
import { warmReads, warmUp } from './warm-up';
import { Writer } from './writers';

export interface SoakOptions {
  minutes: number;
  readsPerSecond: number;
  writers: number;
  /** NEO4J_QUERY_TIMEOUT_MS of the service under test: low, so that a pause outlasts it. */
  queryTimeoutMs: number;
  /** Fault cycles (one of each kind per cycle); default: one per ten minutes, at least one. */
  cycles?: number;
  /** Pause between one write's answer and a writer's next write. */
  writeIntervalMs: number;
  /** Keep the store folder after the run, for a look at it. */
  keepStore?: boolean;
  /** How long after a fault's process is back its effect may last before it counts as unrecovered. */
  recoveryWaitMs?: number;
  log?: (line: string) => void;
}

const MIN_GAP_MS = 5000;
/** Times each question is asked alone to price a read (soak/cost), unmeasured and then measured: ten measured give CPU to the millisecond. */
const COST_ASKS = { warm: 3, measured: 10 };
/** By default, a fault whose effect has not ended this long after the process was back is recorded as unrecovered. */
const RECOVERY_WAIT_MS = 120000;
/** Client timeouts: well past the service's query timeout, so that its own answer comes first. */
const readTimeoutMs = (queryTimeoutMs: number) => Math.max(10000, 2 * queryTimeoutMs);
const writeTimeoutMs = (queryTimeoutMs: number) => Math.max(20000, 4 * queryTimeoutMs);

const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/**
 * Runs one soak: a throw-away store of the project's own Neo4j, the service as its own process in
 * front of it, open-loop readers and writers through the API at once, faults on a schedule, and
 * at the end the check of the store against the writers' ledger. Every loop here ends by itself:
 * the load at its end time, each recovery wait after RECOVERY_WAIT_MS.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const runId = Date.now().toString(36);
  const durationMs = Math.round(options.minutes * 60000);
  const warmupMs = Math.min(20000, Math.round(durationMs * 0.15));
  const cycles = options.cycles ?? Math.max(1, Math.floor(options.minutes / 10));
  const recoveryWaitMs = options.recoveryWaitMs ?? RECOVERY_WAIT_MS;
  const pauseMs = Math.max(options.queryTimeoutMs * 1.5, options.queryTimeoutMs + 2000);
  const settings: SoakSettings = {
    minutes: options.minutes,
    readsPerSecond: options.readsPerSecond,
    writers: options.writers,
    queryTimeoutMs: options.queryTimeoutMs,
    pauseMs,
    warmupMs,
  };

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-soak-'));
  const neo4j = new Neo4jProcess({
    port: await freePort(),
    dataDir,
    pageCache: '256m',
    heap: '1g',
  });
  const keys = { admin: generateKey(), editor: generateKey() };
  const service = new ServiceProcess({
    port: await freePort(),
    env: {
      NEO4J_URI: neo4j.uri,
      NEO4J_QUERY_TIMEOUT_MS: String(options.queryTimeoutMs),
      API_KEYS: [
        configEntry('soak-admin', 'admin', keys.admin),
        configEntry('soak-editor', 'editor', keys.editor),
      ].join(','),
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      // The soak loads the seed itself, before the clock starts, so that no restart's figures
      // include seeding.
      SEED_ON_START: 'false',
      // Every reader, writer and check is one client address on purpose (100 reads/s is 6,000 a
      // minute); the service's rate limit would answer them 429, which is its own test's subject.
      RATE_LIMIT_PER_MINUTE: '0',
    },
  });
  const config = loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_QUERY_TIMEOUT_MS: '600000' });
  let graph: Graph | undefined;
  try {
    log(`soak ${runId}: starting Neo4j (store ${dataDir}) and the service`);
    await neo4j.start();
    graph = new Graph(createDriver(neo4j.uri, config), {
      database: config.neo4jDatabase,
      queryTimeoutMs: config.neo4jQueryTimeoutMs,
    });
    // Start-up work is done here first, with room, and the service finds it done: its own
    // start-up then takes the same time at the first start and at every restart.
    await applySchema(graph);
    await loadSeeds(graph, config.seedDir);
    await warmUp(graph, runId);
    await service.start();
    const samples = await seedSamples(graph);
    await warmReads(service.url, QUESTIONS, samples);
    const readCosts = await measureReadCosts(
      service.url,
      QUESTIONS,
      samples,
      { service: service.pid, neo4j: neo4j.pid },
      COST_ASKS,
    );
    const calibration = await calibrate(service.url, keys.admin, graph, runId);

    const ledger = new Ledger(runId);
    const startedAt = new Date().toISOString();
    const loadStart = loadAverage();
    const t0 = Date.now();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const readers = new OpenLoopReaders(
      service.url,
      options.readsPerSecond,
      QUESTIONS,
      samples,
      t0,
      readTimeoutMs(options.queryTimeoutMs),
    );
    readers.start();
    let writing = true;
    const writers = Array.from({ length: options.writers }, (_, n) =>
      new Writer(n, {
        url: service.url,
        keys,
        ledger,
        timeoutMs: writeTimeoutMs(options.queryTimeoutMs),
        intervalMs: options.writeIntervalMs,
        seed: t0,
        onClaimWritten: (id) => {
          samples.writtenClaimIds.push(id);
          if (samples.writtenClaimIds.length > 300) samples.writtenClaimIds.shift();
        },
      }).run(() => !writing),
    );
    log(
      `soak ${runId}: load running, ${options.readsPerSecond} reads/s, ${options.writers} writers`,
    );

    const stopLoad = async () => {
      writing = false;
      await Promise.all(writers);
      await readers.stop();
    };
    const schedule: FaultKind[] = Array.from({ length: cycles }, () => FAULT_CYCLE).flat();
    const slotMs = (durationMs - warmupMs) / (schedule.length + 1);
    const faults: FaultRecord[] = [];
    let readyAt = t0 + warmupMs;
    try {
      for (const [i, kind] of schedule.entries()) {
        const due = Math.max(t0 + warmupMs + slotMs * (i + 1), readyAt);
        await sleep(Math.max(0, due - Date.now()));
        log(`soak ${runId}: fault ${i + 1}/${schedule.length}: ${kind}`);
        const fault = await inject(kind, { neo4j, service, pauseMs }, t0);
        faults.push(fault);
        // Paced live by the readers: the next fault waits until reads have been good and in time
        // for a second, and every question has been answered so twice in a row (after a Neo4j
        // restart each question's plan is cold once; a fault injected before that would cut
        // its own recovery short).
        const deadline = Date.now() + recoveryWaitMs;
        const streak = Math.max(options.readsPerSecond, 2 * QUESTIONS.length);
        while (readers.goodStreak < streak && Date.now() < deadline) await sleep(100);
        readyAt = Date.now() + MIN_GAP_MS;
      }
      await sleep(Math.max(0, Math.max(t0 + durationMs, readyAt + MIN_GAP_MS) - Date.now()));
    } finally {
      // Also when a fault's restart failed for good: no reader or writer outlives the soak.
      await stopLoad();
    }
    const elapsedMs = Date.now() - t0;
    loopDelay.disable();
    const loadEnd = loadAverage();
    const reads = readers.reads.sort((a, b) => a.at - b.at);
    faults.forEach((f, i) => {
      const windowEnd = Math.min(
        faults[i + 1]?.injectedAt ?? elapsedMs,
        f.clearedAt + recoveryWaitMs,
      );
      const recovered = recoveryOf(f, reads, windowEnd, faults[i + 1]?.injectedAt);
      f.recoveredAt = recovered < windowEnd ? recovered : undefined;
    });
    log(`soak ${runId}: load stopped after ${(elapsedMs / 1000).toFixed(0)} s; checking the store`);

    // Writes the clients gave up on may still be running on the server (bundle ingestions run
    // under the ingestion timeout): the check starts once they have ended, one way or the other.
    await awaitQuiescence(graph, config.neo4jIngestTimeoutMs + 30000);
    const checks = await runChecks({ graph, ledger, url: service.url, calibration });
    return {
      settings,
      runId,
      startedAt,
      elapsedMs,
      loadAverage: { start: loadStart, end: loadEnd },
      cores: os.cpus().length,
      readCosts,
      reads,
      faults,
      ledger,
      checks,
      generatorDelay: {
        p50: loopDelay.percentile(50) / 1e6,
        p99: loopDelay.percentile(99) / 1e6,
        max: loopDelay.max / 1e6,
      },
      unexpected: unexpectedOutcomes(ledger).map(
        (e) => `write ${e.seq} (${e.kind}) was ${e.outcome}${e.code ? ` (${e.code})` : ''}`,
      ),
    };
  } finally {
    await graph?.driver.close();
    await service.terminate();
    await neo4j.stop();
    if (!options.keepStore) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * What one clean ingestion of a soak bundle leaves, measured rather than written down: one
 * bundle ingested, and one ingested and then its duplicate speaker merged, before any fault.
 * A loaded machine may time these out under the soak's low query timeout, so each is tried
 * again (ingestion is idempotent; a merge that landed leaves no duplicate to merge).
 */
async function calibrate(
  url: string,
  adminKey: string,
  graph: Graph,
  runId: string,
): Promise<Calibration> {
  const tokens = [`sk${runId}ref0`, `sk${runId}ref1`];
  const attempt = (what: string, query: string, variables: Record<string, unknown>) =>
    askUntilAnswered(
      `calibration: ${what}`,
      () => gql(url, query, variables, { key: adminKey, timeoutMs: 60000 }),
      1000,
    );
  for (const token of tokens)
    await attempt(
      `ingesting soak bundle ${token}`,
      `mutation($bundle: JSON!) { ingestBundle(bundle: $bundle) { bundleId } }`,
      { bundle: soakBundle(token) },
    );
  const duplicateId = `${tokens[1]}:ada-dup`;
  await attempt(
    `merging ${duplicateId}`,
    `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { duplicateId } }`,
    { input: { survivorId: `${tokens[1]}:ada`, duplicateId, reason: 'soak calibration' } },
  ).catch(async (error) => {
    const [left] = await graph.runRaw('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', {
      id: duplicateId,
    });
    if (Number(left.n) !== 0) throw error;
  });
  const found = await footprints(graph, tokens);
  return { unmerged: found.get(tokens[0])!, merged: found.get(tokens[1])! };
}
