import { configEntry, generateKey } from '../../src/auth/keys';
import { Role } from '../../src/config';
import { Graph } from '../../src/neo4j/graph';
import { createServer } from '../../src/server';
import { createTestApp } from './app';

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface WriteTestApp {
  graph: Graph;
  server: ReturnType<typeof createServer>;
  /** API keys of this app, one per role; their ids carry the tag so audit entries are this test's own. */
  keys: Record<Role, { id: string; key: string }>;
  /** One GraphQL request, with the key of `as` (a role) or the given headers. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Role; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** A service over the test Neo4j with an API key per role; `env` adds or overrides settings. */
export async function createWriteTestApp(
  tag: string,
  env: Record<string, string> = {},
): Promise<WriteTestApp> {
  const keys = Object.fromEntries(
    (['reader', 'editor', 'admin'] as Role[]).map((role) => [
      role,
      { id: `${role}-${tag}`.slice(0, 64), key: generateKey() },
    ]),
  ) as WriteTestApp['keys'];
  const apiKeys = (Object.entries(keys) as [Role, { id: string; key: string }][])
    .map(([role, k]) => configEntry(k.id, role, k.key))
    .join(',');
  const { graph, server, close } = await createTestApp({ API_KEYS: apiKeys, ...env });
  return {
    graph,
    server,
    keys,
    async gql(query, variables, options = {}) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...options.headers,
      };
      if (options.as) headers.authorization = `Bearer ${keys[options.as].key}`;
      const response = await server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...(await response.json()) };
    },
    close,
  };
}

/** Nodes and relationships in the whole database, for "nothing changed" assertions. */
export async function countAll(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.runRaw(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row as { nodes: number; relationships: number };
}

/** Nodes and relationships whose id starts with the tag: one test's data only. */
export async function countOwned(
  graph: Graph,
  tag: string,
): Promise<{ nodes: number; relationships: number }> {
  const [row] = await graph.runRaw(
    `MATCH (n) WHERE n.id STARTS WITH $tag
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships`,
    { tag },
  );
  return row as { nodes: number; relationships: number };
}
