import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { renderChart } from './chart';
import { finalLine, renderReport, totals } from './report';
import { runSoak } from './soak';

const USAGE = `usage: npm run soak -- [--minutes N] [--rate R] [--writers W] [--query-timeout MS]
                    [--cycles C] [--write-interval MS] [--out DIR] [--keep-store]
  --minutes          length of the load, fault recoveries may add to it (default 5)
  --rate             reads per second, open loop (default 100)
  --writers          concurrent writers through the API (default 2)
  --query-timeout    the service's NEO4J_QUERY_TIMEOUT_MS; pauses last 1.5× it, at least 2 s more (default 4000)
  --cycles           rounds of the three faults (default: one per ten minutes, at least one)
  --write-interval   pause between a writer's answer and its next write, in ms (default 250)
  --out              where report.md, latency.svg, ledger.json and reads.json go (default soak/results)
  --keep-store       keep the throw-away Neo4j store folder after the run`;

function positive(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} takes a positive number, got "${raw}"\n${USAGE}`);
  return n;
}

/** `npm run soak -- --minutes N`: the soak, its report and chart; exits 1 unless every check is zero. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '5' },
      rate: { type: 'string', default: '100' },
      writers: { type: 'string', default: '2' },
      'query-timeout': { type: 'string', default: '4000' },
      cycles: { type: 'string' },
      'write-interval': { type: 'string', default: '250' },
      out: { type: 'string', default: path.join('soak', 'results') },
      'keep-store': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const result = await runSoak({
    minutes: positive('minutes', values.minutes),
    readsPerSecond: positive('rate', values.rate),
    writers: Math.round(positive('writers', values.writers)),
    queryTimeoutMs: positive('query-timeout', values['query-timeout']),
    cycles: values.cycles === undefined ? undefined : Math.round(positive('cycles', values.cycles)),
    writeIntervalMs: positive('write-interval', values['write-interval']),
    keepStore: values['keep-store'],
  });
  const out = path.resolve(PROJECT_ROOT, values.out);
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'latency.svg'), renderChart(result));
  const report = renderReport(result, 'latency.svg');
  fs.writeFileSync(path.join(out, 'report.md'), report);
  fs.writeFileSync(
    path.join(out, 'ledger.json'),
    JSON.stringify(
      { settings: result.settings, faults: result.faults, ledger: result.ledger.entries },
      null,
      1,
    ) + '\n',
  );
  fs.writeFileSync(
    path.join(out, 'reads.json'),
    JSON.stringify({ settings: result.settings, faults: result.faults, reads: result.reads }) +
      '\n',
  );
  process.stdout.write(report);
  console.error(`report, chart, ledger and reads in ${path.relative(PROJECT_ROOT, out) || '.'}/`);
  const t = totals(result);
  console.log(finalLine(t));
  const clean =
    t.lost + t.duplicated + t.partial + t.traces + t.mismatches === 0 &&
    Number.isFinite(t.recoveredInS);
  return clean ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
