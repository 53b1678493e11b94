import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { generateBundle, World } from '../../bench/generate';
import { readBundleFile } from '../../src/bundle/load';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { importBundles, storeProblem } from '../../src/import/run';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { applySchema } from '../../src/neo4j/schema-setup';
import { SECOND_BUNDLE, SEED_BUNDLE } from '../support/app';

/** The dumps read every record: on a loaded machine that outlasts the launcher's 30 s default. */
const LONG = { database: 'neo4j', transactionConfig: { timeout: 600000 } };
process.env.NEO4J_LAUNCHER_TX_TIMEOUT = '600s';

type Dump = { nodes: string[]; relationships: string[]; counts: Record<string, number> };

/** Every node and relationship with every property and its type, recordedAt left out (the time of writing). */
async function dump(driver: Driver): Promise<Dump> {
  // Property order is storage order, which differs between the two paths: sort it.
  const run = async (q: string) =>
    (await driver.executeQuery(q, {}, LONG)).records.map((r) => {
      const row = r.toObject() as { props: [string, unknown, string][] };
      row.props.sort((a, b) => a[0].localeCompare(b[0]));
      return JSON.stringify(row);
    });
  // matchEmbedding is written by the store's claimgraph.embed on ingestion only: an imported
  // store has none until a write touches the claim (docs/matching.md), so it is left out.
  const nodes = await run(
    `MATCH (n) WHERE NOT n:SchemaMigration
     WITH n, [k IN keys(n) WHERE NOT k IN ['recordedAt', 'matchEmbedding']] AS ks
     RETURN labels(n) AS labels, [k IN ks | [k, n[k], valueType(n[k])]] AS props
     ORDER BY coalesce(n.id, n.key)`,
  );
  const relationships = await run(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to,
            [k IN keys(r) | [k, r[k], valueType(r[k])]] AS props
     ORDER BY type, from, to, r.relation`,
  );
  const counts: Record<string, number> = {};
  for (const n of nodes) {
    const label = (JSON.parse(n) as { labels: string[] }).labels.join(':');
    counts[label] = (counts[label] ?? 0) + 1;
  }
  for (const r of relationships) {
    const type = (JSON.parse(r) as { type: string }).type;
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return { nodes: nodes.sort(), relationships: relationships.sort(), counts };
}

const ANSWERS = [
  `MATCH (c:Claim) WHERE c.disputed RETURN c.id AS id ORDER BY id LIMIT 20`,
  `CALL db.index.fulltext.queryNodes('search_text', 'Sevastopol') YIELD node, score RETURN node.id AS id ORDER BY score DESC, id`,
  `MATCH (a:Entity {id: 'person:elon-musk'}), (b:Entity {id: 'person:sergei-kiriyenko'})
   MATCH p = shortestPath((a)-[:INVOLVES*..12]-(b)) RETURN length(p) AS hops`,
  `SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state
   RETURN type, entityType, labelsOrTypes, properties, state ORDER BY type, entityType, labelsOrTypes, properties`,
];

/**
 * The offline import must build the graph ingestBundle builds from the same bundles: the seed,
 * a second article whose entities merge into the seed's by name and alias, and a synthetic
 * graph of three bundles. Compared whole: every node and relationship, every property and type.
 */
describe('npm run import (neo4j-admin) against ingestBundle', () => {
  jest.setTimeout(2400000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-import-'));
  const world = new World({ seed: 3, claims: 300, claimsPerBundle: 100 });
  const inputs = () => [
    readBundleFile(SEED_BUNDLE),
    readBundleFile(SECOND_BUNDLE),
    ...Array.from({ length: world.bundles }, (_, k) => ({ input: generateBundle(world, k).input })),
  ];
  const opened = async (dataDir: string, work: (driver: Driver) => Promise<void>) => {
    const db = await startEmbeddedNeo4j({
      port: await freePort(),
      dataDir,
      pageCache: '128m',
      heap: '1g',
      startupWaitMs: 300000,
      log: () => {},
    });
    const driver = neo4j.driver(db.uri, undefined, { disableLosslessIntegers: true });
    try {
      await work(driver);
    } finally {
      await driver.close();
      await db.stop();
    }
  };
  let imported: Dump;
  let ingested: Dump;
  const answers: Record<string, string[][]> = { imported: [], ingested: [] };
  const ask = async (driver: Driver, into: string[][]) => {
    for (const q of ANSWERS)
      into.push(
        (await driver.executeQuery(q, {}, LONG)).records.map((r) => JSON.stringify(r.toObject())),
      );
  };

  beforeAll(async () => {
    const importStore = path.join(tmp, 'imported');
    await importBundles(inputs(), { store: importStore, heap: '1g', log: () => {} });
    await opened(importStore, async (driver) => {
      imported = await dump(driver);
      await ask(driver, answers.imported);
    });
    const ingestStore = path.join(tmp, 'ingested');
    await opened(ingestStore, async (driver) => {
      const graph = new Graph(driver, { database: 'neo4j', queryTimeoutMs: 600000 });
      await applySchema(graph);
      for (const b of inputs()) await ingestBundle(graph, b.input, (b as { text?: string }).text);
      ingested = await dump(driver);
      await ask(driver, answers.ingested);
    });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('when the same bundles are imported and ingested, then nodes and relationships per label and type are as many', () => {
    expect(imported.counts).toEqual(ingested.counts);
    expect(imported.counts.Claim).toBeGreaterThan(300);
    expect(imported.counts.ClaimTally).toBeGreaterThan(1);
    expect(imported.counts.DateTally).toBeGreaterThan(6);
  });

  it('when the same bundles are imported and ingested, then every node has the same properties of the same types', () => {
    const onlyImported = imported.nodes.filter((n) => !ingested.nodes.includes(n));
    const onlyIngested = ingested.nodes.filter((n) => !imported.nodes.includes(n));
    expect({
      onlyImported: onlyImported.slice(0, 5),
      onlyIngested: onlyIngested.slice(0, 5),
    }).toEqual({ onlyImported: [], onlyIngested: [] });
  });

  it('when the same bundles are imported and ingested, then every relationship is the same', () => {
    const ingestedSet = new Set(ingested.relationships);
    const importedSet = new Set(imported.relationships);
    expect({
      onlyImported: imported.relationships.filter((r) => !ingestedSet.has(r)).slice(0, 5),
      onlyIngested: ingested.relationships.filter((r) => !importedSet.has(r)).slice(0, 5),
    }).toEqual({ onlyImported: [], onlyIngested: [] });
    expect(imported.relationships.length).toBe(ingested.relationships.length);
  });

  it('when both stores are asked the same questions, including a search and a shortest path, then they answer alike', () => {
    expect(answers.imported).toEqual(answers.ingested);
    expect(answers.imported[1].length).toBeGreaterThan(0);
  });

  it('when the store already holds a database, then the import refuses before writing anything', () => {
    expect(storeProblem(path.join(tmp, 'imported'))).toMatch(/already holds a database/);
    expect(storeProblem(path.join(tmp, 'nothing-here'))).toBeNull();
  });
});
