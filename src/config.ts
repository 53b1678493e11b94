import path from 'node:path';

/**
 * Every setting of the service: a name, a default, one line of doc and an environment variable.
 * Nothing else in the codebase reads process.env. `npm run config` prints this table.
 */

type Parser<T> = (raw: string, env: string) => T;

interface Setting<T> {
  env: string;
  doc: string;
  default: T;
  parse: Parser<T>;
}

const text: Parser<string> = (raw) => raw;
const optionalText: Parser<string | undefined> = (raw) => (raw === '' ? undefined : raw);
const integer =
  (min: number, max: number): Parser<number> =>
  (raw, env) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new Error(`${env} must be an integer between ${min} and ${max}, got "${raw}"`);
    }
    return n;
  };
const bool: Parser<boolean> = (raw, env) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new Error(`${env} must be true or false, got "${raw}"`);
};
const oneOf =
  <T extends string>(...values: T[]): Parser<T> =>
  (raw, env) => {
    if ((values as string[]).includes(raw)) return raw as T;
    throw new Error(`${env} must be one of ${values.join(', ')}, got "${raw}"`);
  };

function setting<T>(env: string, defaultValue: T, parse: Parser<T>, doc: string): Setting<T> {
  return { env, default: defaultValue, parse, doc };
}

const projectRoot = path.resolve(__dirname, '..');

export const settings = {
  nodeEnv: setting('NODE_ENV', 'development', oneOf('development', 'production', 'test'), 'production masks unexpected errors and hides field suggestions.'),
  httpHost: setting('HOST', '127.0.0.1', text, 'Interface the HTTP server listens on (0.0.0.0 in a container).'),
  httpPort: setting('PORT', 4000, integer(0, 65535), 'HTTP port of the GraphQL service; 0 picks a free one.'),
  logLevel: setting('LOG_LEVEL', 'info', oneOf('debug', 'info', 'warn', 'error', 'silent'), 'Least severe log level written.'),

  neo4jUri: setting('NEO4J_URI', undefined as string | undefined, optionalText, 'Neo4j to use (bolt://, neo4j://, neo4j+s://). Unset: start the embedded one.'),
  neo4jUser: setting('NEO4J_USER', 'neo4j', text, 'Neo4j user name.'),
  neo4jPassword: setting('NEO4J_PASSWORD', undefined as string | undefined, optionalText, 'Neo4j password. Unset: connect without auth.'),
  neo4jDatabase: setting('NEO4J_DATABASE', 'neo4j', text, 'Database name, always sent so that routing costs no extra round trip.'),
  neo4jQueryTimeoutMs: setting('NEO4J_QUERY_TIMEOUT_MS', 15000, integer(100, 3600000), 'Transaction timeout on every query the service sends.'),
  neo4jConnectTimeoutMs: setting('NEO4J_CONNECT_TIMEOUT_MS', 5000, integer(100, 600000), 'How long one connection attempt to Neo4j may take.'),
  neo4jStartupWaitMs: setting('NEO4J_STARTUP_WAIT_MS', 120000, integer(1000, 3600000), 'How long start-up polls for Neo4j to become reachable.'),

  java: setting('JAVA', 'java', text, 'The java command that runs the embedded Neo4j (Java 17).'),
  embeddedPort: setting('EMBEDDED_NEO4J_PORT', 7687, integer(1, 65535), 'Bolt port of the embedded Neo4j started when NEO4J_URI is unset.'),
  embeddedDataDir: setting('EMBEDDED_NEO4J_DATA_DIR', path.join(projectRoot, '.neo4j-data'), text, 'Store directory of the embedded Neo4j.'),
  embeddedPageCache: setting('EMBEDDED_NEO4J_PAGECACHE', '512m', text, 'Page cache of the embedded Neo4j (2-core/24 GB machines share it with the service).'),
  embeddedHeap: setting('EMBEDDED_NEO4J_HEAP', '1g', text, 'Maximum JVM heap of the embedded Neo4j.'),

  seedDir: setting('SEED_DIR', path.join(projectRoot, 'seeds'), text, 'Folder of article bundles loaded at start-up (one sub-folder per article).'),
  seedOnStart: setting('SEED_ON_START', true, bool, 'Load every bundle under SEED_DIR at start-up (idempotent).'),
} as const;

type Settings = typeof settings;
export type Config = { readonly [K in keyof Settings]: Settings[K]['default'] };

/** Reads the environment once; a malformed value fails start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const entries = Object.entries(settings).map(([key, s]) => {
    const raw = env[s.env];
    const value = raw === undefined ? s.default : (s.parse as Parser<unknown>)(raw, s.env);
    return [key, value];
  });
  return { ...Object.fromEntries(entries), ...overrides } as Config;
}

/** The settings as a Markdown table, for the README. */
export function settingsTable(): string {
  const rows = Object.values(settings).map((s) => {
    const shown = s.default === undefined ? '(unset)' : String(s.default).replace(projectRoot, '.');
    return `| \`${s.env}\` | \`${shown}\` | ${s.doc} |`;
  });
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

export const PROJECT_ROOT = projectRoot;
