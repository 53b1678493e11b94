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

/** Hashed API keys, `id:role:sha256hex` separated by commas; the keys themselves are never configured. */
export type Role = 'reader' | 'editor' | 'admin';
export interface ApiKeyEntry {
  id: string;
  role: Role;
  sha256: string;
}
const apiKeyList: Parser<ApiKeyEntry[]> = (raw, env) =>
  raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([A-Za-z0-9._@-]{1,64}):(reader|editor|admin):([0-9a-f]{64})$/.exec(entry);
      if (!match) {
        throw new Error(
          `${env} entries must be id:role:sha256hex with role reader, editor or admin (npm run apikey -- <id> <role> prints one), got "${entry.slice(0, 40)}"`,
        );
      }
      return { id: match[1], role: match[2] as Role, sha256: match[3] };
    });

function setting<T>(env: string, defaultValue: T, parse: Parser<T>, doc: string): Setting<T> {
  return { env, default: defaultValue, parse, doc };
}

const projectRoot = path.resolve(__dirname, '..');

export const settings = {
  nodeEnv: setting(
    'NODE_ENV',
    'development',
    oneOf('development', 'production', 'test'),
    'production masks unexpected errors and hides field suggestions.',
  ),
  httpHost: setting(
    'HOST',
    '127.0.0.1',
    text,
    'Interface the HTTP server listens on (0.0.0.0 in a container).',
  ),
  httpPort: setting(
    'PORT',
    4000,
    integer(0, 65535),
    'HTTP port of the GraphQL service; 0 picks a free one.',
  ),
  shutdownGraceMs: setting(
    'SHUTDOWN_GRACE_MS',
    8000,
    integer(0, 600000),
    "On SIGTERM, how long requests in flight may take to finish before their connections are cut; keep it under the orchestrator's own grace (10 s in Docker).",
  ),
  logLevel: setting(
    'LOG_LEVEL',
    'info',
    oneOf('debug', 'info', 'warn', 'error', 'silent'),
    'Least severe log level written.',
  ),
  logFile: setting(
    'LOG_FILE',
    undefined as string | undefined,
    optionalText,
    'Append the JSON log lines to this file instead of writing them to stdout.',
  ),
  metricsEnabled: setting(
    'METRICS_ENABLED',
    true,
    bool,
    'Serve Prometheus metrics at /metrics (request counts, durations, errors, process).',
  ),
  metricsToken: setting(
    'METRICS_TOKEN',
    undefined as string | undefined,
    optionalText,
    '/metrics answers only requests with `Authorization: Bearer <this token>`; unset: /metrics is open.',
  ),

  neo4jUri: setting(
    'NEO4J_URI',
    undefined as string | undefined,
    optionalText,
    'Neo4j to use (bolt://, neo4j://, neo4j+s://). Unset: start the embedded one.',
  ),
  neo4jUser: setting('NEO4J_USER', 'neo4j', text, 'Neo4j user name.'),
  neo4jPassword: setting(
    'NEO4J_PASSWORD',
    undefined as string | undefined,
    optionalText,
    'Neo4j password. Unset: connect without auth.',
  ),
  neo4jDatabase: setting(
    'NEO4J_DATABASE',
    'neo4j',
    text,
    'Database name, always sent so that routing costs no extra round trip.',
  ),
  neo4jQueryTimeoutMs: setting(
    'NEO4J_QUERY_TIMEOUT_MS',
    15000,
    integer(100, 3600000),
    'Transaction timeout on every query the service sends.',
  ),
  connectionBudget: setting(
    'CONNECTION_BUDGET',
    1000000,
    integer(1, 1000000000),
    "Relationships one `connection` search may read in the embedded Neo4j's claimgraph.shortestConnection before it answers `complete: false` (docs/connections.md); a Neo4j without that procedure uses shortestPath() under NEO4J_QUERY_TIMEOUT_MS alone.",
  ),
  neo4jIngestTimeoutMs: setting(
    'NEO4J_INGEST_TIMEOUT_MS',
    120000,
    integer(100, 3600000),
    "Transaction timeout of one bundle's ingestion (CLI, start-up seeds, ingestBundle): one transaction however large the bundle. Start-up's schema set-up and backfill run under it too.",
  ),
  neo4jMaxConcurrentReads: setting(
    'NEO4J_MAX_CONCURRENT_READS',
    8,
    integer(1, 10000),
    "Reads the service has in Neo4j at once; the others wait their turn. Raise it for a Neo4j with more cores than this machine's two.",
  ),
  neo4jReadQueueTimeoutMs: setting(
    'NEO4J_READ_QUEUE_TIMEOUT_MS',
    5000,
    integer(1, 600000),
    'How long a read may wait for a turn before it is refused with SERVICE_BUSY (503, Retry-After: 1) instead of piling onto an overloaded Neo4j.',
  ),
  neo4jConnectTimeoutMs: setting(
    'NEO4J_CONNECT_TIMEOUT_MS',
    5000,
    integer(100, 600000),
    'How long one connection attempt to Neo4j may take.',
  ),
  neo4jStartupWaitMs: setting(
    'NEO4J_STARTUP_WAIT_MS',
    120000,
    integer(1000, 3600000),
    'How long start-up polls for Neo4j to become reachable.',
  ),

  java: setting('JAVA', 'java', text, 'The java command that runs the embedded Neo4j (Java 17).'),
  embeddedPort: setting(
    'EMBEDDED_NEO4J_PORT',
    7687,
    integer(1, 65535),
    'Bolt port of the embedded Neo4j started when NEO4J_URI is unset.',
  ),
  embeddedDataDir: setting(
    'EMBEDDED_NEO4J_DATA_DIR',
    path.join(projectRoot, '.neo4j-data'),
    text,
    'Store directory of the embedded Neo4j.',
  ),
  embeddedPageCache: setting(
    'EMBEDDED_NEO4J_PAGECACHE',
    '512m',
    text,
    'Page cache of the embedded Neo4j (2-core/24 GB machines share it with the service).',
  ),
  embeddedHeap: setting(
    'EMBEDDED_NEO4J_HEAP',
    '1g',
    text,
    'Maximum JVM heap of the embedded Neo4j.',
  ),

  seedDir: setting(
    'SEED_DIR',
    path.join(projectRoot, 'seeds'),
    text,
    'Folder of article bundles loaded at start-up (one sub-folder per article).',
  ),
  seedOnStart: setting(
    'SEED_ON_START',
    true,
    bool,
    'Load every bundle under SEED_DIR at start-up (idempotent).',
  ),
  apiKeys: setting(
    'API_KEYS',
    undefined as ApiKeyEntry[] | undefined,
    apiKeyList,
    'Write credentials as id:role:sha256hex, comma-separated (`npm run apikey -- <id> <role>`); roles reader, editor, admin. Unset: no writes.',
  ),
  readsRequireAuth: setting(
    'READS_REQUIRE_AUTH',
    false,
    bool,
    'Queries need a credential too (any role); writes always do.',
  ),
  jwksUrl: setting(
    'JWKS_URL',
    undefined as string | undefined,
    optionalText,
    'JWKS of the identity provider whose bearer JWTs are accepted; unset: API keys only.',
  ),
  jwtIssuer: setting(
    'JWT_ISSUER',
    undefined as string | undefined,
    optionalText,
    'Required `iss` of accepted JWTs.',
  ),
  jwtAudience: setting(
    'JWT_AUDIENCE',
    undefined as string | undefined,
    optionalText,
    'Required `aud` of accepted JWTs.',
  ),
  jwtRolesClaim: setting(
    'JWT_ROLES_CLAIM',
    'roles',
    text,
    'JWT claim (string or list) naming the role: reader, editor or admin.',
  ),
  maxBodyBytes: setting(
    'MAX_BODY_BYTES',
    1048576,
    integer(1024, 104857600),
    'Largest request body accepted; larger ones get 413.',
  ),
  maxQueryDepth: setting(
    'MAX_QUERY_DEPTH',
    12,
    integer(2, 100),
    'Deepest selection nesting an operation may have.',
  ),
  maxQueryCost: setting(
    'MAX_QUERY_COST',
    100000,
    integer(10, 100000000),
    'Most objects an operation could fetch: each object field costs 1, times its `first` (a plain list counts as 5); the costliest GraphiQL example costs 4260.',
  ),
  maxAliases: setting('MAX_ALIASES', 15, integer(0, 1000), 'Most aliases in one operation.'),
  maxTokens: setting(
    'MAX_TOKENS',
    2000,
    integer(50, 100000),
    'Most lexical tokens in one operation document.',
  ),
  maxDirectives: setting(
    'MAX_DIRECTIVES',
    20,
    integer(0, 1000),
    'Most directives in one operation.',
  ),
  rateLimitPerMinute: setting(
    'RATE_LIMIT_PER_MINUTE',
    600,
    integer(0, 1000000),
    'Requests a minute each credential (or, without one, each client address) may make, sustained; over it: 429 with Retry-After. 0: no limit.',
  ),
  rateLimitBurst: setting(
    'RATE_LIMIT_BURST',
    100,
    integer(1, 1000000),
    'Requests a client may make at once before RATE_LIMIT_PER_MINUTE paces it.',
  ),
  trustProxy: setting(
    'TRUST_PROXY',
    false,
    bool,
    'Take the client address from the last X-Forwarded-For entry (set it behind a reverse proxy, never when exposed directly).',
  ),
  introspectionEnabled: setting(
    'INTROSPECTION_ENABLED',
    true,
    bool,
    "Answer introspection queries (GraphiQL's docs and completion need it).",
  ),
  graphiqlEnabled: setting(
    'GRAPHIQL_ENABLED',
    true,
    bool,
    'Serve GraphiQL at /graphql to browsers.',
  ),
} as const;

type Settings = typeof settings;
export type Config = { readonly [K in keyof Settings]: Settings[K]['default'] };

/** Reads the environment once; a malformed value fails start-up with the variable's name. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
): Config {
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
    const shown =
      s.default === undefined
        ? '(unset)'
        : (typeof s.default === 'object' ? JSON.stringify(s.default) : String(s.default)).replace(
            projectRoot,
            '.',
          );
    return `| \`${s.env}\` | \`${shown}\` | ${s.doc} |`;
  });
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n');
}

export const PROJECT_ROOT = projectRoot;
