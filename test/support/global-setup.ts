import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';

/**
 * Reuses the Neo4j named by NEO4J_URI, or starts the project's own on a free port with a
 * throw-away store, polling until it answers. Test workers inherit NEO4J_URI from here.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
  const neo4j = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir,
    pageCache: '256m',
    heap: '1g',
    startupWaitMs: 180000,
    log: () => {},
  });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.CLAIMGRAPH_TEST_NEO4J_PID = String(neo4j.pid);
  (globalThis as Record<string, unknown>).__claimgraphNeo4j = { ...neo4j, dataDir };
}
