import { createServer as createHttpServer } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listen } from '../../src/http';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { startOwnNeo4j } from '../../src/neo4j/own-neo4j';
import { applySchema } from '../../src/neo4j/schema-setup';
import { createServer } from '../../src/server';
import { embeddingsAvailable } from '../../src/matching/embedding';
import { cleanStatement } from '../../src/matching/text';
import { PlainBm25 } from './bm25';
import { clefBundles, vclaimOf } from './bundles';
import { readClef } from './clef';
import { scoreRankings } from './score';
import { exitWith } from './exit';

const USAGE =
  'usage: npm run eval:matching -- --data <clef2020-task2 folder> [--split dev|train] [--out <report.json>] [--store <folder> [--embed-again]]';

const MATCH = `query Match($text: String!) {
  matchClaims(text: $text, first: 5) { score coverage stance claim { id } }
}`;

const round = (x: number, digits = 3) => Number(x.toFixed(digits));

interface Separation {
  /** Coverage of the right claim, when it was among the matches. */
  right?: number;
  /** Coverage of the best-ranked match that is not the right claim: a stored claim that is not the same claim. */
  wrong?: number;
}

/**
 * The coverage from which a match is best called "the same claim": the cut with the best
 * balanced accuracy between right matches (above) and the best wrong match of each tweet (below),
 * and a floor under which nine in ten right matches never fall.
 */
export function bestThreshold(examples: Separation[]) {
  const right = examples.flatMap((e) => (e.right === undefined ? [] : [e.right]));
  const wrong = examples.flatMap((e) => (e.wrong === undefined ? [] : [e.wrong]));
  let best = { coverage: 0, balancedAccuracy: 0, rightAbove: 0, wrongBelow: 0 };
  for (let step = 0; step <= 20; step++) {
    const c = step / 20;
    const rightAbove = right.filter((x) => x >= c - 1e-9).length / right.length;
    const wrongBelow = wrong.filter((x) => x < c - 1e-9).length / wrong.length;
    if ((rightAbove + wrongBelow) / 2 > best.balancedAccuracy)
      best = {
        coverage: c,
        balancedAccuracy: round((rightAbove + wrongBelow) / 2),
        rightAbove: round(rightAbove),
        wrongBelow: round(wrongBelow),
      };
  }
  const sorted = [...right].sort((a, b) => a - b);
  const relatedFloor = round(sorted[Math.floor(sorted.length / 10)] ?? 0, 2);
  return { ...best, relatedFloor, right: right.length, wrong: wrong.length };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * `npm run eval:matching`: CLEF-2020 CheckThat! Task 2 through the real path. The verified claims
 * become bundles and go through ingestBundle into a throw-away embedded Neo4j; every tweet of the
 * split is asked through the GraphQL API over HTTP; MAP@5, P@1, MRR and latency are reported
 * beside a plain in-memory BM25 over the same claims.
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      split: { type: 'string', default: 'dev' },
      out: { type: 'string' },
      store: { type: 'string' },
      'embed-again': { type: 'boolean', default: false },
    },
  });
  if (!values.data || (values.split !== 'dev' && values.split !== 'train')) {
    console.error(USAGE);
    return 2;
  }
  const split = values.split;
  const data = readClef(path.resolve(values.data), split);
  const loadBefore = os.loadavg();
  console.log(
    `CLEF-2020 Task 2 ${split}: ${data.claims.length} verified claims, ${data.tweets.length} tweets; load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')}`,
  );

  // --store keeps the store in that folder and, when it already holds the claims, skips loading.
  const dataDir = values.store
    ? path.resolve(values.store)
    : fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-eval-matching-'));
  const { config, graph, close } = await startOwnNeo4j({
    dataDir,
    pageCache: '256m',
    heap: '1g',
    startupWaitMs: 300000,
    env: {
      HOST: '127.0.0.1',
      PORT: '0',
      METRICS_ENABLED: 'false',
      // One client asks every tweet back to back: faster than the 600 a minute a client may ask.
      RATE_LIMIT_PER_MINUTE: '0',
      // A 1,000-claim bundle is one transaction; on a loaded 2-core machine it outlasts the 15 s default.
      NEO4J_QUERY_TIMEOUT_MS: '600000',
    },
  });
  const http = createHttpServer(createServer(config, graph));
  try {
    const bundles = clefBundles(data.claims);
    const [{ stored }] = await graph.runRaw(
      "MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:clef-vclaim-' RETURN count(c) AS stored",
    );
    let ingestMs: number | null = null;
    if (Number(stored) < data.claims.length) {
      const t0 = performance.now();
      for (const bundle of bundles) await ingestBundle(graph, bundle);
      ingestMs = performance.now() - t0;
      console.log(
        `Ingested ${bundles.length} bundles (${data.claims.length} claims, one headline occurrence each) in ${(ingestMs / 1000).toFixed(1)} s, ${(ingestMs / data.claims.length).toFixed(2)} ms a claim`,
      );
    } else console.log(`The store in ${dataDir} already holds the claims; not loading them again`);

    // What the method adds per claim: each claim's matchText written again, and the
    // claim_match_text index rebuilt from scratch over the store.
    const ids = (await graph.runRaw('MATCH (c:Claim) RETURN c.id AS id')).map(
      (r) => r.id as string,
    );
    const text0 = performance.now();
    for (let i = 0; i < ids.length; i += 5000)
      await graph.write('matching/refresh-match-text', { ids: ids.slice(i, i + 5000) });
    const textMs = performance.now() - text0;
    const rebuild0 = performance.now();
    await graph.runRaw('DROP INDEX claim_match_text');
    await applySchema(graph);
    const indexMs = performance.now() - rebuild0;
    console.log(
      `matchText written for ${ids.length} claims in ${(textMs / 1000).toFixed(2)} s, ${(textMs / ids.length).toFixed(3)} ms a claim; ` +
        `claim_match_text index rebuilt in ${(indexMs / 1000).toFixed(2)} s, ${(indexMs / ids.length).toFixed(3)} ms a claim`,
    );

    // With embeddings, what they add per claim: claims without one (a store kept from before, or
    // every claim with --embed-again, after a change of model) are embedded, and a sample of 300
    // embedded again to time it.
    let embedMs: number | null = null;
    if (embeddingsAvailable()) {
      const missing = (
        await graph.runRaw(
          'MATCH (c:Claim) WHERE ($all OR c.matchEmbedding IS NULL) AND c.text IS NOT NULL RETURN c.id AS id',
          { all: values['embed-again'] },
        )
      ).map((r) => r.id as string);
      for (let i = 0; i < missing.length; i += 1000)
        await graph.write('matching/refresh-match-embedding', { ids: missing.slice(i, i + 1000) });
      const sample = ids.slice(0, 300);
      const embed0 = performance.now();
      await graph.write('matching/refresh-match-embedding', { ids: sample });
      embedMs = (performance.now() - embed0) / sample.length;
      await graph.runRaw('CALL db.awaitIndexes(300)');
      console.log(
        `Embeddings: ${missing.length} claims had none and were embedded; ${sample.length} embedded again at ${embedMs.toFixed(2)} ms a claim`,
      );
    } else console.log('This Neo4j cannot embed (no claimgraph.embed): matching by words alone');

    const url = await listen(http, config);
    const ask = async (text: string) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: MATCH, variables: { text } }),
      });
      const body = (await response.json()) as {
        data?: { matchClaims: { coverage: number; claim: { id: string } }[] };
        errors?: unknown[];
      };
      const ms = performance.now() - started;
      if (body.errors) throw new Error(`matchClaims failed: ${JSON.stringify(body.errors)}`);
      return { matches: body.data!.matchClaims, ms };
    };
    // Warm-up: the JIT of both processes and the page cache, on train tweets when measuring dev.
    const warm = readClef(path.resolve(values.data), split === 'dev' ? 'train' : 'dev').tweets;
    for (const t of warm.slice(0, 100)) await ask(t.text);

    const rankings = new Map<string, string[]>();
    const latencies: number[] = [];
    const separation: Separation[] = [];
    for (const t of data.tweets) {
      const { matches, ms } = await ask(t.text);
      const ids = matches.map((m) => vclaimOf(m.claim.id));
      rankings.set(t.id, ids);
      latencies.push(ms);
      const gold = data.qrels.get(t.id) ?? new Set<string>();
      separation.push({
        right: matches.find((_, i) => gold.has(ids[i]))?.coverage,
        wrong: matches.find((_, i) => !gold.has(ids[i]))?.coverage,
      });
    }
    latencies.sort((a, b) => a - b);
    // Where the time goes with embeddings: embedding the statement alone, in the same Neo4j.
    const embedLatencies: number[] = [];
    if (embeddingsAvailable())
      for (const t of data.tweets) {
        const started = performance.now();
        await graph.runRaw('RETURN size(claimgraph.embed($text)) AS n', {
          text: cleanStatement(t.text),
        });
        embedLatencies.push(performance.now() - started);
      }
    embedLatencies.sort((a, b) => a - b);

    const bm25 = new PlainBm25(
      data.claims.map((c) => c.id),
      data.claims.map((c) => `${c.vclaim} ${c.title}`),
    );
    const baselineRankings = new Map<string, string[]>();
    const baselineMs: number[] = [];
    for (const t of data.tweets) {
      const started = performance.now();
      baselineRankings.set(t.id, bm25.rank(t.text, 5));
      baselineMs.push(performance.now() - started);
    }
    baselineMs.sort((a, b) => a - b);

    const method = scoreRankings(rankings, data.qrels);
    const baseline = scoreRankings(baselineRankings, data.qrels);
    const loadAfter = os.loadavg();
    const report = {
      split,
      claims: data.claims.length,
      tweets: data.tweets.length,
      matchClaims: {
        map5: round(method.map),
        p1: round(method.p1),
        mrr: round(method.mrr),
        p50Ms: round(percentile(latencies, 50), 1),
        p95Ms: round(percentile(latencies, 95), 1),
        statementEmbeddingP50Ms:
          embedLatencies.length > 0 ? round(percentile(embedLatencies, 50), 1) : null,
      },
      plainBm25: {
        map5: round(baseline.map),
        p1: round(baseline.p1),
        mrr: round(baseline.mrr),
        p50Ms: round(percentile(baselineMs, 50), 1),
        p95Ms: round(percentile(baselineMs, 95), 1),
      },
      sameClaimThreshold: bestThreshold(separation),
      ingest: {
        msPerClaim: ingestMs === null ? null : round(ingestMs / data.claims.length, 2),
        matchTextMsPerClaim: round(textMs / ids.length, 3),
        indexRebuildMsPerClaim: round(indexMs / ids.length, 3),
        embeddingMsPerClaim: embedMs === null ? null : round(embedMs, 2),
      },
      method: embeddingsAvailable() ? 'words and meaning' : 'words',
      loadAverage: {
        before: loadBefore.map((x) => round(x, 2)),
        after: loadAfter.map((x) => round(x, 2)),
      },
    };
    console.log('');
    console.log('| method | MAP@5 | P@1 | MRR | p50 ms | p95 ms |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, r] of [
      [`matchClaims, by ${report.method} (GraphQL over HTTP)`, report.matchClaims],
      ['plain BM25 (in memory, no HTTP)', report.plainBm25],
    ] as const)
      console.log(`| ${name} | ${r.map5} | ${r.p1} | ${r.mrr} | ${r.p50Ms} | ${r.p95Ms} |`);
    const t = report.sameClaimThreshold;
    console.log(
      `\nSame claim from coverage ${t.coverage}: ${t.rightAbove} of ${t.right} right matches above, ` +
        `${t.wrongBelow} of ${t.wrong} best wrong matches below (balanced accuracy ${t.balancedAccuracy}); ` +
        `nine in ten right matches have coverage >= ${t.relatedFloor}`,
    );
    if (report.matchClaims.statementEmbeddingP50Ms !== null)
      console.log(
        `\nEmbedding a statement alone (RETURN claimgraph.embed, one round trip): p50 ${report.matchClaims.statementEmbeddingP50Ms} ms`,
      );
    console.log(`\nload average after: ${loadAfter.map((x) => x.toFixed(2)).join(' ')}`);
    if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } finally {
    http.close();
    await close();
    if (!values.store) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

exitWith(main);
