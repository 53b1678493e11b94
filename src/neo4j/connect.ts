import neo4j, { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { StartupError } from '../errors';
import { embeddedOptionsFrom } from './embedded';
import { AttachedNeo4j, attachOrStartEmbedded } from './embedded-state';
import { Graph } from './graph';

export interface Neo4jConnection {
  graph: Graph;
  /** The Bolt URI connected to: NEO4J_URI, or the embedded Neo4j's. */
  uri: string;
  /** Set when the embedded Neo4j is used: started by this process (and stopped by close) or shared. */
  embedded?: AttachedNeo4j;
  close(): Promise<void>;
}

/**
 * The driver of the service: integers as JavaScript numbers (every count and offset fits). The
 * graph export asks for `losslessIntegers`, so that an integer property stays an integer.
 */
export function createDriver(
  uri: string,
  config: Config,
  options: { losslessIntegers?: boolean } = {},
): Driver {
  const auth = config.neo4jPassword
    ? neo4j.auth.basic(config.neo4jUser, config.neo4jPassword)
    : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: !options.losslessIntegers,
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

export interface ConnectOptions {
  /** What this process is, recorded in the embedded Neo4j's state file: `npm start`, `npm run ingest`… */
  owner: string;
  /**
   * The service shares only a Neo4j that `npm run neo4j` keeps running; a command (the default)
   * shares any running one, `npm start`'s included.
   */
  service?: boolean;
}

/** Whether a Neo4j started by `owner` keeps running until someone stops it on purpose. */
const LONG_RUNNING_OWNER = 'npm run neo4j';

/**
 * Connects to NEO4J_URI; when it is unset, to the embedded Neo4j already running for
 * EMBEDDED_NEO4J_DATA_DIR, or to one started now (src/neo4j/embedded-state.ts). Waits until it answers.
 */
export async function connectNeo4j(
  config: Config,
  options: ConnectOptions = { owner: 'a claimgraph command' },
): Promise<Neo4jConnection> {
  let embedded: AttachedNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    embedded = await attachOrStartEmbedded(embeddedOptionsFrom(config), {
      owner: options.owner,
      mayShare: (state) => !options.service || state.owner === LONG_RUNNING_OWNER,
    });
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
    ingestTimeoutMs: config.neo4jIngestTimeoutMs,
    maxConcurrentReads: config.neo4jMaxConcurrentReads,
    readQueueTimeoutMs: config.neo4jReadQueueTimeoutMs,
  });
  return {
    graph,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}
