import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/neo4j/cypher';
import { SIZES } from './args';
import { startBenchDatabase } from './neo4j';
import { Samples } from './operations';

/**
 * `npm run bench:connection-pairs -- --size 1m`: the sampled three-hop pairs of
 * bench/results/samples-<size>.json, one request at a time, each asked of the two searches
 * `connection` can run (docs/connections.md): shortestPath() (the fallback, and what claimgraph
 * ran before the procedure) with its PROFILE db hits, and claimgraph.shortestConnection with the
 * relationships it read (PROFILE does not see inside a procedure). Median of --runs runs each,
 * interleaved per pair; prints a Markdown table with the load average before and after.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1m' },
    'data-prefix': { type: 'string', default: '/tmp/claimgraph-bench' },
    runs: { type: 'string', default: '3' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4g' },
  },
});
const size = values.size.toLowerCase();
if (!SIZES[size]) throw new Error(`--size takes ${Object.keys(SIZES).join(', ')}, got "${size}"`);
const runs = Number(values.runs);

const PROCEDURE = `CALL claimgraph.shortestConnection($from, $to, 6, 1000000)
YIELD nodes, complete, relationshipsRead
RETURN size(nodes) - 1 AS length, complete, relationshipsRead`;

const dbHits = (plan: ProfiledPlan): number =>
  plan.dbHits + plan.children.reduce((sum, c) => sum + dbHits(c), 0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

async function main() {
  const samples = JSON.parse(
    fs.readFileSync(path.join(__dirname, 'results', `samples-${size}.json`), 'utf8'),
  ) as Samples;
  const db = await startBenchDatabase({
    dir: `${values['data-prefix']}-${size}`,
    heap: values.heap,
    pageCache: values.pagecache,
  });
  const shortestPath = cypher('entities/find-shortest-connection');
  const session = db.graph.driver.session({ defaultAccessMode: neo4j.session.READ });
  const timed = async (query: string, params: Record<string, unknown>) => {
    const t0 = process.hrtime.bigint();
    const result = await session.run(query, params);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
  };
  const lines = [
    `load average before: ${load()}`,
    '',
    '| pair | hops (shortestPath / procedure) | shortestPath db hits | shortestPath ms | procedure relationships read | procedure ms |',
    '|---|---|---|---|---|---|',
  ];
  const all = { before: [] as number[], after: [] as number[] };
  try {
    for (const [from, to] of samples.pairs) {
      const params = { from, to };
      const profiled = await session.run(`PROFILE ${shortestPath}`, params);
      const hits = dbHits(profiled.summary.profile as ProfiledPlan);
      const before: number[] = [];
      const after: number[] = [];
      let hops = '';
      let read = 0;
      for (let r = 0; r < runs; r++) {
        const old = await timed(shortestPath, params);
        before.push(old.ms);
        const now = await timed(PROCEDURE, params);
        after.push(now.ms);
        const row = now.result.records[0];
        const oldSteps = old.result.records[0]?.get('steps') as unknown[] | undefined;
        hops = `${oldSteps ? (oldSteps.length - 1) / 2 : '–'} / ${row.get('length') === null ? '–' : Number(row.get('length')) / 2}`;
        read = Number(row.get('relationshipsRead'));
        if (!row.get('complete')) hops += ' (cut)';
      }
      all.before.push(median(before));
      all.after.push(median(after));
      lines.push(
        `| ${from} → ${to} | ${hops} | ${hits.toLocaleString('en')} | ${median(before).toFixed(1)} | ${read.toLocaleString('en')} | ${median(after).toFixed(1)} |`,
      );
      console.error(lines[lines.length - 1]);
    }
  } finally {
    await session.close();
    await db.close();
  }
  const summary = (xs: number[]) =>
    `p50 ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
  lines.push(
    '',
    `per-pair medians: shortestPath ${summary(all.before)}; procedure ${summary(all.after)}`,
    `load average after: ${load()}`,
  );
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
