import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/neo4j/embedded';
import { attachOrStartEmbedded } from '../../src/neo4j/embedded-state';

/**
 * Reuses the Neo4j named by NEO4J_URI, or starts the project's own on a free port with a
 * throw-away store, polling until it answers. Test workers inherit NEO4J_URI from here, and
 * CLAIMGRAPH_TEST_NEO4J_DATA_DIR: its store, whose state file the CLI tests find it by.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
  const neo4j = await attachOrStartEmbedded(
    {
      port: await freePort(),
      dataDir,
      pageCache: '256m',
      heap: '1g',
      startupWaitMs: 180000,
      log: () => {},
    },
    { owner: 'npm test', mayShare: () => false },
  );
  process.env.NEO4J_URI = neo4j.uri;
  process.env.CLAIMGRAPH_TEST_NEO4J_PID = String(neo4j.state.pid);
  process.env.CLAIMGRAPH_TEST_NEO4J_DATA_DIR = dataDir;
  (globalThis as Record<string, unknown>).__claimgraphNeo4j = { ...neo4j, dataDir };
}
