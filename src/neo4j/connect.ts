import neo4j, { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { StartupError } from '../errors';
import { EmbeddedNeo4j, embeddedOptionsFrom, startEmbeddedNeo4j } from './embedded';
import { Graph } from './graph';

export interface Neo4jConnection {
  graph: Graph;
  /** Set when this process started its own Neo4j, so that it stops what it started. */
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export function createDriver(uri: string, config: Config): Driver {
  const auth = config.neo4jPassword
    ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword)
    : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: config.neo4jConnectTimeoutMs,
    connectionAcquisitionTimeout: config.neo4jConnectTimeoutMs,
    // Fail fast while Neo4j is down instead of retrying for the driver's default 30 s.
    maxTransactionRetryTime: Math.min(5000, config.neo4jQueryTimeoutMs),
    userAgent: 'claimgraph',
  });
}

async function waitUntilReachable(driver: Driver, uri: string, config: Config): Promise<void> {
  const deadline = Date.now() + config.neo4jStartupWaitMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database: config.neo4jDatabase });
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new StartupError(
          `Could not reach Neo4j at ${uri} (NEO4J_URI) within ${config.neo4jStartupWaitMs} ms: ${(error as Error).message}. ` +
            'Start one with `npm run neo4j` (embedded) or `docker compose up neo4j`, or unset NEO4J_URI to let the service start its own.',
        );
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Connects to NEO4J_URI, or starts the embedded Neo4j when it is unset, and waits until it answers. */
export async function connectNeo4j(config: Config): Promise<Neo4jConnection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    embedded = await startEmbeddedNeo4j(embeddedOptionsFrom(config));
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config);
  try {
    await waitUntilReachable(driver, uri, config);
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    throw error;
  }
  const graph = new Graph(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
  });
  return {
    graph,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
