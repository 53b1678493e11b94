import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { canonicalJson } from '../../src/backup/graph-codec';
import { digestGraph, exportGraph, importGraph } from '../../src/backup/graph-export';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { loadExamples } from '../../src/graphql/examples';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createDriver } from '../../src/neo4j/connect';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { createServer } from '../../src/server';
import { loadSeed } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';
import { createWriteTestApp, WriteTestApp } from '../support/writes';

const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '0',
});

/** A throw-away embedded Neo4j on its own store, for the copies. */
function startCopy(dataDir: string) {
  return freePort().then((port) =>
    startEmbeddedNeo4j({
      port,
      dataDir,
      pageCache: '64m',
      heap: '512m',
      startupWaitMs: 280000,
      log: () => {},
    }),
  );
}

/**
 * Lists in an answer sorted by their content: some lists of the API have no defined order
 * (a neighbour's `claims` and `events` come in store order, which a reload changes), and the
 * question here is whether the same answers come back, not in which order. Search scores are
 * left out (see below); the hits themselves are compared.
 */
function unordered(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(unordered).sort((a, b) => {
      const [x, y] = [canonicalJson(a), canonicalJson(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  if (value && typeof value === 'object') {
    // A search score is Lucene's BM25 over the index's statistics, which count deleted documents
    // until segments merge: a freshly built index scores the same hits a little differently.
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'score')
        .map(([k, v]) => [k, unordered(v)]),
    );
  }
  return value;
}

/** Every GraphiQL example's answer on a store, through the real service. */
async function exampleAnswers(uri: string): Promise<Record<string, unknown>> {
  const driver = createDriver(uri, config);
  try {
    const server = createServer(
      config,
      new Graph(driver, { database: config.neo4jDatabase, queryTimeoutMs: 120000 }),
    );
    const answers: Record<string, unknown> = {};
    for (const example of loadExamples()) {
      const response = await server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
      });
      answers[example.name] = unordered(await response.json());
    }
    return answers;
  } finally {
    await driver.close();
  }
}

function npmRun(cli: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(
      path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
      [path.join(PROJECT_ROOT, 'src/cli', `${cli}.ts`), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env } },
    );
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('backup, restore and the full logical export', () => {
  let app: WriteTestApp;
  let source: Driver;
  const dirs: string[] = [];
  const running: EmbeddedNeo4j[] = [];
  const tempDir = (name: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimgraph-${name}-`));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    const tag = uniqueTag('backup');
    app = await createWriteTestApp(tag);
    await loadSeed(app.graph);
    await ingestBundle(app.graph, smallBundle(tag));
    const id = (s: string) => `${tag}:${s}`;
    const writes = [
      [
        `mutation($input: RecordCorrectionInput!) { recordCorrection(input: $input) { claim { version } } }`,
        {
          claimId: id('cracks-old'),
          expectedVersion: 1,
          text: 'The cracks in the bridge are decades old.',
          reason: 'The inspection report says decades.',
        },
      ],
      [
        `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { retracted } } }`,
        { claimId: id('unsafe'), expectedVersion: 1, reason: 'The council withdrew it.' },
      ],
      [
        `mutation($input: AddReviewInput!) { addReview(input: $input) { review { id } } }`,
        {
          claimId: id('cracks-old'),
          author: 'Harbour Fact Check',
          datePublished: '2026-11-28',
          reviewBody: 'Decades old, per the report.',
          rating: { ratingValue: 4.5, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
        },
      ],
    ] as const;
    for (const [mutation, input] of writes) {
      const response = await app.gql(mutation, { input }, { as: 'editor' });
      expect(response.errors).toBeUndefined();
    }
    source = createDriver(config.neo4jUri!, config, { losslessIntegers: true });
  }, 300000);

  afterAll(async () => {
    for (const neo4j of running) await neo4j.stop();
    await source?.close();
    await app?.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('when the graph is exported, loaded into a new Neo4j, dumped and restored, then the digest and every example answer are unchanged', async () => {
    const target = { driver: source, database: config.neo4jDatabase };
    const before = await digestGraph(target);
    expect(before.nodes).toBeGreaterThan(50);
    const labels = await source.executeQuery(
      'MATCH (n) UNWIND labels(n) AS label RETURN collect(DISTINCT label) AS labels',
      {},
      { database: config.neo4jDatabase },
    );
    // Corrections, retractions, reviews and the audit trail are in what is exported.
    expect(labels.records[0].get('labels')).toEqual(
      expect.arrayContaining(['Claim', 'Correction', 'Review', 'AuditEntry']),
    );
    const answersBefore = await exampleAnswers(config.neo4jUri!);
    for (const answer of Object.values(answersBefore) as { data?: unknown; errors?: unknown }[]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toBeTruthy();
    }

    const file = path.join(tempDir('export'), 'graph.jsonl');
    const written = await exportGraph(target, file);
    expect(written).toEqual(before);
    expect(await digestGraph(target)).toEqual(before);

    // Into an empty store of another Neo4j, through the CLI as an operator would.
    const copyDir = tempDir('copy');
    const copy = await startCopy(copyDir);
    running.push(copy);
    const load = await npmRun('export-graph', ['--load', file], {
      NEO4J_URI: copy.uri,
      NEO4J_QUERY_TIMEOUT_MS: '300000',
    });
    expect({ code: load.code, out: load.out }).toEqual({
      code: 0,
      out: expect.stringContaining(`digest ${before.digest} matches the file`),
    });
    const copyDriver = createDriver(copy.uri, config, { losslessIntegers: true });
    try {
      expect(await digestGraph({ driver: copyDriver, database: config.neo4jDatabase })).toEqual(
        before,
      );
      // A non-empty store is refused, and nothing is added to it.
      await expect(
        importGraph({ driver: copyDriver, database: config.neo4jDatabase }, file),
      ).rejects.toThrow(/already holds \d+ nodes/);
    } finally {
      await copyDriver.close();
    }
    expect(await exampleAnswers(copy.uri)).toEqual(answersBefore);

    // Neo4j's own dump of the stopped copy, loaded into a third store.
    await copy.stop();
    const backupDir = path.join(tempDir('dump'), 'today');
    const backup = await npmRun('backup', [backupDir], { EMBEDDED_NEO4J_DATA_DIR: copyDir });
    expect({ code: backup.code, out: backup.out }).toEqual({
      code: 0,
      out: expect.stringContaining('neo4j.dump: dump of'),
    });
    const restoredDir = tempDir('restored');
    const restore = await npmRun('restore', [backupDir], { EMBEDDED_NEO4J_DATA_DIR: restoredDir });
    expect(restore.code).toBe(0);
    const restored = await startCopy(restoredDir);
    running.push(restored);
    const restoredDriver = createDriver(restored.uri, config, { losslessIntegers: true });
    try {
      expect(await digestGraph({ driver: restoredDriver, database: config.neo4jDatabase })).toEqual(
        before,
      );
    } finally {
      await restoredDriver.close();
    }
    expect(await exampleAnswers(restored.uri)).toEqual(answersBefore);
  }, 1200000);
});
