import { Config, loadConfig } from '../config';
import { createDriver } from './connect';
import { EmbeddedNeo4j, EmbeddedOptions, freePort, startEmbeddedNeo4j } from './embedded';
import { Graph } from './graph';
import { applySchema } from './schema-setup';

/** The store folder (kept or not, as the caller decides), heap, page cache and start-up wait. */
export type OwnNeo4jOptions = Pick<
  EmbeddedOptions,
  'dataDir' | 'heap' | 'pageCache' | 'startupWaitMs'
> & {
  /** Settings for the tool's config, e.g. a query timeout longer than the service's 15 s. */
  env?: Record<string, string>;
};

export interface OwnNeo4j {
  neo4j: EmbeddedNeo4j;
  config: Config;
  graph: Graph;
  close(): Promise<void>;
}

/**
 * A Neo4j of a tool's own (the benchmark, the matching evaluation), apart from the one tests and
 * development use: started on a free port over `dataDir`, passing on only the lines of its log
 * that report an error, with the schema applied and one Graph over it.
 */
export async function startOwnNeo4j(options: OwnNeo4jOptions): Promise<OwnNeo4j> {
  const { env, ...store } = options;
  const neo4j = await startEmbeddedNeo4j({
    ...store,
    port: await freePort(),
    log: (line) => {
      if (/error|exception/i.test(line)) process.stderr.write(line + '\n');
    },
  });
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...env,
    NEO4J_URI: neo4j.uri,
  });
  const driver = createDriver(neo4j.uri, config);
  const graph = new Graph(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
  });
  const close = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    await applySchema(graph);
  } catch (error) {
    await close();
    throw error;
  }
  return { neo4j, config, graph, close };
}
