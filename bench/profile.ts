import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { cypher } from '../src/neo4j/cypher';
import { Graph } from '../src/neo4j/graph';
import { createServer } from '../src/server';
import { embeddingsAvailable } from '../src/matching/embedding';
import { floorFor, Operation, Samples } from './operations';
import { readRawQueries, toCypherParams } from './targets';

/** Operators that read a whole label or the whole store: none may sit on a hot path. */
export const SCANS = ['AllNodesScan', 'NodeByLabelScan'];

interface PlanNode {
  operatorType: string;
  rows: number;
  dbHits: number;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

export interface PlanCheck {
  query: string;
  dbHits: number;
  rows: number;
  scans: string[];
}

function render(plan: PlanNode, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ');
  out.push(
    `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')}  rows=${plan.rows} dbHits=${plan.dbHits}${details ? `  ${details}` : ''}`,
  );
  for (const child of plan.children) render(child, depth + 1, out);
  return out;
}

function walk(plan: PlanNode, visit: (p: PlanNode) => void) {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** Records which named queries the service runs, with their parameters, while serving one request. */
class RecordingGraph extends Graph {
  readonly seen: { name: string; params: Record<string, unknown> }[] = [];
  override read<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.seen.push({ name, params });
    return super.read<T>(name, params);
  }
}

async function profileOne(
  graph: Graph,
  label: string,
  text: string,
  params: Record<string, unknown>,
  file: string,
): Promise<PlanCheck> {
  const result = await graph.driver.executeQuery(`PROFILE ${text}`, params, {
    database: graph.options.database,
    routing: neo4j.routing.READ,
  });
  const plan = result.summary.profile as unknown as PlanNode;
  let dbHits = 0;
  const scans: string[] = [];
  walk(plan, (p) => {
    dbHits += p.dbHits;
    const op = p.operatorType.replace(/@neo4j$/, '');
    if (SCANS.some((s) => op.startsWith(s)))
      scans.push(`${op} ${String(p.arguments.Details ?? '')}`.trim());
  });
  const shown = JSON.stringify(params, (_key, value) =>
    neo4j.isInt(value) ? value.toNumber() : value,
  );
  const header = [
    `// ${label}`,
    `// parameters: ${shown}`,
    `// total dbHits: ${dbHits}; scans: ${scans.length ? scans.join('; ') : 'none'}`,
    '',
  ];
  fs.appendFileSync(file, [...header, ...render(plan), '', ''].join('\n'));
  return { query: label, dbHits, rows: plan.rows, scans };
}

/**
 * PROFILEs what each operation really runs: the hand-written floor query, and every named query
 * claimgraph's resolvers send for the same request (recorded in-process), with the same parameters.
 * Plans are appended to bench/plans/<size>/<operation>.txt.
 */
export async function profileOperations(
  graph: Graph,
  operations: Operation[],
  samples: Samples,
  dir: string,
): Promise<Record<string, PlanCheck[]>> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    NEO4J_URI: 'bolt://unused',
  });
  const recorder = new RecordingGraph(graph.driver, graph.options);
  const server = createServer(config, recorder);
  const out: Record<string, PlanCheck[]> = {};
  const raw = readRawQueries();
  for (const asked of operations) {
    // The floor the benchmark times for claimgraph: by meaning where this Neo4j embeds.
    const op = floorFor(asked, 'cypher', embeddingsAvailable());
    const file = path.join(dir, `${op.name}.txt`);
    const checks: PlanCheck[] = [];
    const rawText = raw.get(op.cypher.file)!;
    checks.push(
      await profileOne(
        graph,
        `raw Cypher: bench/cypher/${op.cypher.file}.cypher`,
        rawText,
        toCypherParams(op.cypher.params(0, samples)),
        file,
      ),
    );

    recorder.seen.length = 0;
    const response = await server.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        query: op.claimgraph.query,
        variables: op.claimgraph.variables(0, samples),
      }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors)
      throw new Error(
        `claimgraph ${op.name} failed while profiling: ${JSON.stringify(body.errors)}`,
      );
    for (const { name, params } of recorder.seen) {
      checks.push(
        await profileOne(graph, `claimgraph: cypher/${name}.cypher`, cypher(name), params, file),
      );
    }
    out[op.name] = checks;
  }
  return out;
}
