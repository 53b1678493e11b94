import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { INTEGER_PARAMS, Operation, Samples } from './operations';
import { TargetName } from './services';

/** The HTTP request that asks one operation, with sample i, of one target. */
export function requestOf(
  target: TargetName,
  op: Operation,
  i: number,
  samples: Samples,
): { path: string; body: string } {
  if (target === 'cypher')
    return { path: `/${op.cypher.file}`, body: JSON.stringify(op.cypher.params(i, samples)) };
  const way = target === 'claimgraph' ? op.claimgraph : op.neo4jGraphql;
  return {
    path: '/graphql',
    body: JSON.stringify({ query: way.query, variables: way.variables(i, samples) }),
  };
}

/** Asks once and reduces the answer to comparable ids; an error answer throws with its message. */
export async function askIds(
  url: string,
  target: TargetName,
  op: Operation,
  i: number,
  samples: Samples,
): Promise<string[]> {
  const { path, body } = requestOf(target, op, i, samples);
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(60000),
  });
  const json = (await response.json()) as {
    data?: unknown;
    rows?: unknown[];
    errors?: { message: string }[];
  };
  if (!response.ok || json.errors)
    throw new Error(
      `${target} ${op.name}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 500)}`,
    );
  if (target === 'cypher') return op.cypher.ids(json.rows!);
  return (target === 'claimgraph' ? op.claimgraph : op.neo4jGraphql).ids(json.data);
}

const RAW_DIR = path.join(__dirname, 'cypher');

/** Every floor query under bench/cypher/, by file name without .cypher. */
export function readRawQueries(): Map<string, string> {
  return new Map(
    fs
      .readdirSync(RAW_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => [f.replace(/\.cypher$/, ''), fs.readFileSync(path.join(RAW_DIR, f), 'utf8')]),
  );
}

/** Parameters as Neo4j wants them: counts and offsets as integers, never floats. */
export function toCypherParams(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  for (const key of INTEGER_PARAMS)
    if (typeof out[key] === 'number') out[key] = neo4j.int(out[key]);
  return out;
}
