import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createServer } from '../src/server';
import { SIZES } from './args';
import { startBenchDatabase } from './neo4j';
import { embeddingsAvailable } from '../src/matching/embedding';
import { floorFor, OPERATIONS, Samples } from './operations';
import { readRawQueries, toCypherParams } from './targets';

/**
 * Where a question's time goes on the service's side, claimgraph against the raw-Cypher floor,
 * one request at a time and in-process (no HTTP, no load generator): database round trips,
 * writes to the Bolt socket, bytes written, and the service's own CPU time per request. It needs
 * a graph built by `npm run bench` and the samples that run drew from it.
 *
 *   npm run bench:diagnose -- --size 10k [--requests 300] [--data-prefix /tmp/claimgraph-bench]
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    requests: { type: 'string', default: '300' },
    'data-prefix': { type: 'string', default: '/tmp/claimgraph-bench' },
  },
});
const size = values.size.toLowerCase();
if (!(size in SIZES))
  throw new Error(`--size takes ${Object.keys(SIZES).join(', ')}, got "${values.size}"`);
const requests = Number(values.requests);
const samplesFile = path.join(__dirname, 'results', `samples-${size}.json`);
if (!fs.existsSync(samplesFile))
  throw new Error(`${samplesFile} is missing: run \`npm run bench -- --sizes ${size}\` first`);
const samples = JSON.parse(fs.readFileSync(samplesFile, 'utf8')) as Samples;

/** Socket writes and bytes since the last reset, counted on every net.Socket (Bolt's included). */
const sent = { writes: 0, bytes: 0 };
const write = net.Socket.prototype.write;
net.Socket.prototype.write = function (this: net.Socket, chunk: unknown, ...rest: unknown[]) {
  sent.writes += 1;
  sent.bytes += (chunk as { length?: number }).length ?? 0;
  return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
};

interface Measure {
  trips: number;
  writes: number;
  bytes: number;
  cpuMs: number;
}

async function measure(
  ask: (i: number) => Promise<unknown>,
  trips: () => number,
): Promise<Measure> {
  for (let i = 0; i < 30; i += 1) await ask(i);
  const [trips0, cpu0] = [trips(), process.cpuUsage()];
  sent.writes = 0;
  sent.bytes = 0;
  for (let i = 0; i < requests; i += 1) await ask(i);
  const cpu = process.cpuUsage(cpu0);
  return {
    trips: (trips() - trips0) / requests,
    writes: sent.writes / requests,
    bytes: sent.bytes / requests,
    cpuMs: (cpu.user + cpu.system) / 1000 / requests,
  };
}

async function main() {
  const db = await startBenchDatabase({
    dir: `${values['data-prefix']}-${size}`,
    heap: '2g',
    pageCache: '2g',
  });
  try {
    const config = loadConfig({
      NEO4J_URI: db.neo4j.uri,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
    });
    const server = createServer(config, db.graph);
    const raw = readRawQueries();
    let floorTrips = 0;
    const lines = [
      '| question | round trips | Bolt writes | bytes written | service CPU ms per request |',
      '|---|---|---|---|---|',
    ];
    for (const asked of OPERATIONS) {
      // The floor the benchmark times for claimgraph: by meaning where this Neo4j embeds.
      const op = floorFor(asked, 'cypher', embeddingsAvailable());
      const floor = await measure(
        async (i) => {
          const session = db.graph.driver.session({ defaultAccessMode: neo4j.session.READ });
          floorTrips += 1;
          const result = await session
            .run(raw.get(op.cypher.file)!, toCypherParams(op.cypher.params(i, samples)))
            .finally(() => session.close());
          return JSON.stringify(result.records.map((r) => r.toObject()));
        },
        () => floorTrips,
      );
      const claimgraph = await measure(
        async (i) => {
          const body = JSON.stringify({
            query: op.claimgraph.query,
            variables: op.claimgraph.variables(i, samples),
          });
          const response = await server.fetch('http://claimgraph.bench/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          return response.text();
        },
        () => db.graph.roundTrips,
      );
      const pair = (a: number, b: number, digits = 0) =>
        `${a.toFixed(digits)} / ${b.toFixed(digits)}`;
      lines.push(
        `| ${op.name} | ${pair(claimgraph.trips, floor.trips)} | ${pair(claimgraph.writes, floor.writes, 1)} | ${pair(claimgraph.bytes, floor.bytes)} | ${pair(claimgraph.cpuMs, floor.cpuMs, 2)} |`,
      );
    }
    console.log(
      `\n${size}, ${requests} requests per question, one at a time; each cell is claimgraph / raw Cypher\n`,
    );
    console.log(lines.join('\n'));
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
