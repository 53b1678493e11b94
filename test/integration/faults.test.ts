import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentHash } from '../../src/bundle/anchor';
import { BundleInput } from '../../src/bundle/schema';
import { loadConfig } from '../../src/config';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createDriver } from '../../src/neo4j/connect';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { DatabaseUnavailableError } from '../../src/neo4j/errors';
import { Graph } from '../../src/neo4j/graph';
import { applySchema } from '../../src/neo4j/schema-setup';
import { createServer } from '../../src/server';
import { uniqueTag } from '../support/bundles';
import { countOwned } from '../support/writes';

/** A bundle of `size` claims, each said once in its own sentence: big enough that its transaction takes a while. */
function largeBundle(tag: string, size: number): BundleInput {
  const sentences = Array.from(
    { length: size },
    (_, i) => `Speaker ${tag} said that finding ${i} holds.`,
  );
  const text = sentences.join('\n');
  const id = (s: string) => `${tag}:${s}`;
  let offset = 0;
  const occurrences = sentences.map((sentence, i) => {
    const start = offset;
    offset += sentence.length + 1;
    return {
      id: id(`o${i}`),
      claim: id(`c${i}`),
      speaker: id('speaker'),
      reportedBy: id('outlet'),
      verb: 'said',
      anchor: {
        exact: sentence,
        start,
        end: start + sentence.length,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(start + sentence.length, start + sentence.length + 32),
      },
    };
  });
  return {
    bundleVersion: 1,
    id: id('bundle'),
    source: {
      id: id('source'),
      publisher: id('outlet'),
      published: { precision: 'UNKNOWN' },
      text,
      contentHash: contentHash(text),
    },
    entities: [
      { id: id('speaker'), kind: 'PERSON', name: `Speaker ${tag}` },
      { id: id('outlet'), kind: 'OUTLET', name: `Outlet ${tag}` },
    ],
    claims: sentences.map((_, i) => ({ id: id(`c${i}`), text: `Finding ${i} holds.` })),
    occurrences,
  };
}

/** The driver's retry delays before it gives up on an unreachable Neo4j: 1 + 2 + 4 s, +20% jitter each. */
const WORST_RETRY_MS = 1.2 * (1000 + 2000 + 4000);

/** A Neo4j restart takes 10-15 s on a quiet 2-core machine and several times that under load. */
const RESTART_BUDGET_MS = 300000;

describe("faults: the project's own Neo4j stopped, killed and restarted under a running service", () => {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  let port: number;
  let dataDir: string;
  let neo4j: EmbeddedNeo4j;
  let graph: Graph;
  let server: ReturnType<typeof createServer>;

  /** False from a stop or kill until the next start, so a failed test does not leave the next one without Neo4j. */
  let running = false;
  const start = async () => {
    const started = await startEmbeddedNeo4j({
      port,
      dataDir,
      pageCache: '64m',
      heap: '512m',
      startupWaitMs: 120000,
      log: () => {},
    });
    running = true;
    return started;
  };
  const ask = async () => {
    const response = await server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }),
    });
    return response.json() as Promise<{
      data?: { claims: { totalCount: number } };
      errors?: { message: string; extensions?: { code?: string } }[];
    }>;
  };
  const ready = async () => (await server.fetch('http://claimgraph.test/ready')).status;
  /** Polls the unchanged service (same driver, same server) until it answers again. */
  const waitUntilAnswering = async (ms: number) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const answer = await ask();
      if (answer.data) return answer;
      if (Date.now() > deadline)
        throw new Error(`the service did not recover within ${ms} ms: ${JSON.stringify(answer)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  beforeAll(async () => {
    port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-faults-'));
    neo4j = await start();
    graph = new Graph(createDriver(neo4j.uri, config), {
      database: config.neo4jDatabase,
      queryTimeoutMs: config.neo4jQueryTimeoutMs,
      ingestTimeoutMs: config.neo4jIngestTimeoutMs,
    });
    await applySchema(graph);
    server = createServer(config, graph);
  }, RESTART_BUDGET_MS);
  beforeEach(async () => {
    if (!running) neo4j = await start();
  }, RESTART_BUDGET_MS);
  afterAll(async () => {
    await graph.driver.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, RESTART_BUDGET_MS);

  it(
    'when Neo4j stops, then requests fail fast with SERVICE_UNAVAILABLE, /exports with 503 and Retry-After, and /ready is 503; when it is back, the same service answers again',
    async () => {
      expect((await ask()).data).toBeDefined();
      expect(await ready()).toBe(200);

      await neo4j.stop();
      running = false;
      const started = Date.now();
      const down = await ask();
      const failedIn = Date.now() - started;
      expect(down.errors![0]).toMatchObject({
        message: expect.stringContaining('Neo4j is unreachable'),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
      // The first request waits out the driver's retries: it retries for maxTransactionRetryTime (5 s) after
      // delays of 1, 2 and 4 s, each up to 20% longer (jitter), so the last attempt starts by 8.4 s at worst.
      // Later requests probe and fail at once.
      expect(failedIn).toBeLessThan(WORST_RETRY_MS + 2000);
      const again = Date.now();
      expect((await ask()).errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - again).toBeLessThan(1000);
      expect(await ready()).toBe(503);
      // /exports reaches Neo4j through the same Graph and tells the outage the same way, in HTTP terms.
      const exported = await server.fetch('http://claimgraph.test/exports/provenance/claim:any');
      expect(exported.status).toBe(503);
      expect(exported.headers.get('retry-after')).toBe('5');
      expect(await exported.json()).toMatchObject({
        errors: [
          {
            message: expect.stringContaining('Neo4j is unreachable'),
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });

      neo4j = await start();
      const back = await waitUntilAnswering(60000);
      expect(back.data!.claims.totalCount).toBeGreaterThanOrEqual(0);
      expect(await ready()).toBe(200);
    },
    RESTART_BUDGET_MS,
  );

  it(
    'when Neo4j is back after an outage, then every statement the service has run is planned again, with EXPLAIN, before anyone asks it',
    async () => {
      // Questions whose plans a fresh Neo4j does not have: the claims page and a claim with its occurrences.
      expect((await ask()).data).toBeDefined();
      const provenance = await server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ claim(id: "claim:any") { id occurrences(first: 5) { totalCount } } }',
        }),
      });
      expect(provenance.status).toBe(200);
      const statements = graph.plans.statements;
      expect(statements).toBeGreaterThanOrEqual(2);
      const runs = graph.plans.runs;

      await neo4j.stop();
      running = false;
      expect((await ask()).errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
      neo4j = await start();
      await waitUntilAnswering(60000);
      // The first answer after the outage started the warm-up; joining it waits for its end.
      const report = await graph.plans.warm();
      expect(graph.plans.runs).toBe(runs + 1);
      expect(report).toMatchObject({ planned: statements, failed: 0 });
      // Neo4j's own plan cache holds them: clearing it says how many entries it dropped.
      const [cleared] = await graph.runRaw('CALL db.clearQueryCaches() YIELD value RETURN value');
      const entries = Number(/(\d+)/.exec(String(cleared.value))?.[1] ?? NaN);
      expect(entries).toBeGreaterThanOrEqual(statements);
    },
    RESTART_BUDGET_MS,
  );

  it(
    'when Neo4j is killed in the middle of an ingestion, then after its restart no part of the bundle is there, and the bundle loads whole',
    async () => {
      const tag = uniqueTag('crash');
      const bundle = largeBundle(tag, 2000);
      let killed = false;
      const killMidway = (step: string) => {
        // By the occurrences step, the entities, source and 2000 claims are written in the open transaction.
        if (step === 'occurrences' && !killed) {
          killed = true;
          running = false;
          process.kill(neo4j.pid, 'SIGKILL');
        }
      };
      const error = await ingestBundle(graph, bundle, undefined, { beforeStep: killMidway }).catch(
        (e) => e,
      );
      expect(killed).toBe(true);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);

      neo4j = await start();
      await waitUntilAnswering(60000);
      expect(await countOwned(graph, tag)).toEqual({ nodes: 0, relationships: 0 });

      await ingestBundle(graph, bundle);
      const [row] = await graph.runRaw(
        'MATCH (c:Claim) WHERE c.id STARTS WITH $tag RETURN count(c) AS claims',
        { tag },
      );
      expect(row.claims).toBe(2000);
    },
    RESTART_BUDGET_MS,
  );
});
