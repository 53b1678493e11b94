import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { readBundleFile } from '../../src/bundle/load';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createDriver } from '../../src/neo4j/connect';
import { Graph } from '../../src/neo4j/graph';
import { applySchema } from '../../src/neo4j/schema-setup';
import { createServer, ServerLifecycle } from '../../src/server';

export const SEED_BUNDLE = path.join(PROJECT_ROOT, 'seeds/musk-putin-starlink/bundle.json');
export const SECOND_BUNDLE = path.join(
  PROJECT_ROOT,
  'test/fixtures/bundles/second-article/bundle.json',
);

export interface TestApp {
  graph: Graph;
  server: ReturnType<typeof createServer>;
  /** POSTs one GraphQL operation the way a client does, through yoga.fetch. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** A service instance over the test Neo4j (NEO4J_URI from global-setup), with the schema applied; `env` adds or overrides settings. */
export async function createTestApp(
  env: Record<string, string> = {},
  lifecycle?: ServerLifecycle,
): Promise<TestApp> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // In-process requests carry no client address, so they would all share one rate-limit bucket.
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  const driver = createDriver(config.neo4jUri!, config);
  const graph = new Graph(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
    ingestTimeoutMs: config.neo4jIngestTimeoutMs,
    maxConcurrentReads: config.neo4jMaxConcurrentReads,
    readQueueTimeoutMs: config.neo4jReadQueueTimeoutMs,
  });
  await applySchema(graph);
  const server = createServer(config, graph, lifecycle);
  return {
    graph,
    server,
    async gql(query, variables) {
      const response = await server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
        },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    close: () => driver.close(),
  };
}

/** Loads the seed article through the real ingestion path; idempotent, so every suite may call it. */
export async function loadSeed(graph: Graph): Promise<void> {
  const { input, text } = readBundleFile(SEED_BUNDLE);
  await ingestBundle(graph, input, text);
}
