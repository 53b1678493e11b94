import { createServer as createHttpServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { listen } from '../../src/http';
import { embeddingsAvailable } from '../../src/matching/embedding';
import { matchQuery } from '../../src/matching/match-claims';
import { cleanStatement } from '../../src/matching/text';
import { createDriver } from '../../src/neo4j/connect';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { applySchema } from '../../src/neo4j/schema-setup';
import { createRepositories } from '../../src/repositories';
import { createServer } from '../../src/server';
import { cpuMsOf, threadCpuMsOf } from '../../bench/neo4j';
import { readClef } from './clef';
import { exitWith } from './exit';

const USAGE =
  'usage: npm run eval:matching:latency -- --data <clef2020-task2 folder> --store <kept eval store> [--split dev|train] [--passes 2]';

const MATCH = `query Match($text: String!) {
  matchClaims(text: $text, first: 5) { score coverage stance claim { id } }
}`;

const NO_NARROWING = { entityId: null, from: null, to: null };

/**
 * `npm run eval:matching:latency`: where a matchClaims question's time goes, over a store kept
 * by `eval:matching --store` (it loads nothing and writes nothing). Each tweet of the split is
 * asked part by part, each part timed on its own (wall time, and the CPU time Neo4j and this process spent a question): a round trip (`RETURN 1`), embedding the
 * statement alone, the words-only Cypher, the by-meaning Cypher with 50 and with 20 hits an
 * index, and the whole question over GraphQL and HTTP. Latency does not depend on the stored
 * vectors' values, so a store embedded by another model serves.
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      store: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      passes: { type: 'string', default: '2' },
    },
  });
  if (!values.data || !values.store || (values.split !== 'dev' && values.split !== 'train')) {
    console.error(USAGE);
    return 2;
  }
  const tweets = readClef(path.resolve(values.data), values.split).tweets;
  const neo4jProcess = await startEmbeddedNeo4j({
    port: await freePort(),
    dataDir: path.resolve(values.store),
    pageCache: '256m',
    heap: '1g',
    startupWaitMs: 300000,
    log: (line) => {
      if (/error|exception/i.test(line)) process.stderr.write(line + '\n');
    },
  });
  const config = loadConfig({
    NEO4J_URI: neo4jProcess.uri,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    METRICS_ENABLED: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const driver = createDriver(neo4jProcess.uri, config);
  const graph = new Graph(driver, {
    database: config.neo4jDatabase,
    queryTimeoutMs: config.neo4jQueryTimeoutMs,
  });
  const http = createHttpServer(createServer(config, graph));
  try {
    await applySchema(graph);
    if (!embeddingsAvailable()) {
      console.error('This Neo4j cannot embed (no claimgraph.embed): nothing to measure');
      return 1;
    }
    const url = await listen(http, config);
    const repos = () => createRepositories(graph);
    const raw = (statement: string, params: Record<string, unknown> = {}) =>
      driver.executeQuery(statement, params, {
        database: config.neo4jDatabase,
        routing: neo4j.routing.READ,
      });
    const parts: [string, (text: string) => Promise<unknown>][] = [
      ['RETURN 1 (read, driver)', () => raw('RETURN 1 AS one')],
      [
        'embedding the statement alone',
        (text) => raw('RETURN size(claimgraph.embed($text)) AS n', { text: cleanStatement(text) }),
      ],
      [
        'words-only Cypher (20 hits)',
        (text) => repos().matching.claims(matchQuery(text)!, NO_NARROWING, 5),
      ],
      [
        'by-meaning Cypher (50 + 50 hits, ships)',
        (text) =>
          repos().matching.claimsByMeaning(
            matchQuery(text)!,
            cleanStatement(text),
            NO_NARROWING,
            5,
            50,
          ),
      ],
      [
        'by-meaning Cypher (20 + 20 hits)',
        (text) =>
          repos().matching.claimsByMeaning(
            matchQuery(text)!,
            cleanStatement(text),
            NO_NARROWING,
            5,
            20,
          ),
      ],
      [
        'matchClaims over GraphQL and HTTP',
        async (text) => {
          const response = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ query: MATCH, variables: { text } }),
          });
          const body = (await response.json()) as { errors?: unknown[] };
          if (body.errors) throw new Error(`matchClaims failed: ${JSON.stringify(body.errors)}`);
        },
      ],
    ];
    const asked = tweets.filter((t) => matchQuery(t.text) !== null);
    // Warm-up: the model's first load and both JITs.
    for (const t of asked.slice(0, 30)) for (const [, run] of parts) await run(t.text);
    for (let pass = 1; pass <= Number(values.passes); pass++) {
      const load = os.loadavg();
      console.log(
        `\npass ${pass}, ${asked.length} ${values.split} tweets, load average ${load.map((x) => x.toFixed(2)).join(' ')}`,
      );
      console.log(
        '| part | p50 ms | p95 ms | Neo4j CPU ms a question (its query threads) | this process CPU ms a question |',
      );
      console.log('|---|---|---|---|---|');
      for (const [name, run] of parts) {
        const ms: number[] = [];
        // CPU time moves far less with a neighbour's load than wall time: what a question costs.
        const cpu0 = {
          neo4j: cpuMsOf(neo4jProcess.pid),
          queries: threadCpuMsOf(neo4jProcess.pid).queries,
          own: process.cpuUsage(),
        };
        for (const t of asked) {
          const started = performance.now();
          await run(t.text);
          ms.push(performance.now() - started);
        }
        const own = process.cpuUsage(cpu0.own);
        const each = (totalMs: number) => (totalMs / asked.length).toFixed(1);
        ms.sort((a, b) => a - b);
        const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
        console.log(
          `| ${name} | ${at(0.5).toFixed(1)} | ${at(0.95).toFixed(1)} | ` +
            `${each(cpuMsOf(neo4jProcess.pid) - cpu0.neo4j)} (${each(threadCpuMsOf(neo4jProcess.pid).queries - cpu0.queries)}) | ` +
            `${each((own.user + own.system) / 1000)} |`,
        );
      }
    }
    console.log(
      `\nload average after: ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    return 0;
  } finally {
    http.close();
    await driver.close();
    await neo4jProcess.stop();
  }
}

exitWith(main);
