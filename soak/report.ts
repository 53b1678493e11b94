import { CheckResult } from './checks';
import { capacityOf, ReadCost } from './cost';
import { FAULT_LABELS, FaultRecord } from './faults';
import { Ledger, MEANT_TO_BE_REFUSED } from './ledger';
import { Read, STALL_MS } from './readers';

/** After a fault's recovery, reads this long are not yet "steady". */
export const SETTLE_MS = 10000;

export interface SoakSettings {
  minutes: number;
  readsPerSecond: number;
  writers: number;
  queryTimeoutMs: number;
  pauseMs: number;
  warmupMs: number;
}

export interface SoakResult {
  settings: SoakSettings;
  runId: string;
  startedAt: string;
  elapsedMs: number;
  loadAverage: { start: string; end: string };
  cores: number;
  /** What a read of each question cost in CPU, measured before the load (soak/cost). */
  readCosts: ReadCost[];
  reads: Read[];
  faults: FaultRecord[];
  ledger: Ledger;
  checks: CheckResult[];
  /** Writes meant to be refused that were not, or meant to land that were refused. */
  unexpected: string[];
  /**
   * The load generator's own event-loop delay over the load (node:perf_hooks), in ms: a read's
   * latency includes it, so a busy soak process must not pass for a slow service.
   */
  generatorDelay?: { p50: number; p99: number; max: number };
}

export interface PhaseStats {
  phase: string;
  from: number;
  to: number;
  reads: number;
  p50: number;
  p99: number;
  max: number;
  errorRate: number;
  /** The same reads' p50 and p99 as the service timed them (Server-Timing); NaN when none said. */
  serverP50: number;
  serverP99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;

export function stats(phase: string, reads: Read[], from: number, to: number): PhaseStats {
  return summarize(
    phase,
    reads.filter((r) => r.at >= from && r.at < to),
    from,
    to,
  );
}

/**
 * Whether a fault struck while the read was in flight: due before the fault, answered after it.
 * Such a read is the fault's, not the steady state's: a read sent a moment before Neo4j is
 * SIGKILLed fails with it, however healthy the service was when it was sent.
 */
export function struck(read: Read, fault: FaultRecord): boolean {
  return read.at < fault.injectedAt && read.at + read.ms > fault.injectedAt;
}

function summarize(phase: string, inside: Read[], from: number, to: number): PhaseStats {
  const ms = inside.map((r) => r.ms).sort((a, b) => a - b);
  const serverMs = inside
    .flatMap((r) => (r.serverMs === undefined ? [] : [r.serverMs]))
    .sort((a, b) => a - b);
  return {
    phase,
    from,
    to,
    reads: inside.length,
    p50: percentile(ms, 0.5),
    p99: percentile(ms, 0.99),
    max: ms.length ? ms[ms.length - 1] : NaN,
    errorRate: inside.length ? inside.filter((r) => !r.ok).length / inside.length : 0,
    serverP50: percentile(serverMs, 0.5),
    serverP99: percentile(serverMs, 0.99),
  };
}

/**
 * Where a fault's effect on the readers ends: the due time of the first read after the last read
 * that failed or stalled, among reads due between the fault and `windowEnd`. A read still in
 * flight when the next fault struck (`nextFaultAt`) is that fault's, not this one's: a read due a
 * moment before a service SIGTERM dies with the service, and says nothing about the fault before.
 * A fault the readers never felt recovers at once.
 */
export function recoveryOf(
  fault: FaultRecord,
  reads: Read[],
  windowEnd: number,
  nextFaultAt?: number,
): number {
  const bad = (r: Read) => !r.ok || r.ms > STALL_MS;
  const window = reads.filter(
    (r) =>
      r.at >= fault.injectedAt &&
      r.at < windowEnd &&
      (nextFaultAt === undefined || r.at + r.ms < nextFaultAt),
  );
  let lastBad = -1;
  window.forEach((r, i) => {
    if (bad(r)) lastBad = i;
  });
  if (lastBad < 0) return fault.injectedAt;
  return lastBad + 1 < window.length ? window[lastBad + 1].at : windowEnd;
}

/**
 * Reads of the steady state over the whole run: the warm-up, every fault with the settling after
 * it, and every read a fault struck in flight left out.
 */
function steadyReads(result: SoakResult): Read[] {
  const { reads, faults, settings, elapsedMs } = result;
  return reads.filter(
    (r) =>
      r.at >= settings.warmupMs &&
      !faults.some(
        (f) =>
          struck(r, f) || (r.at >= f.injectedAt && r.at < (f.recoveredAt ?? elapsedMs) + SETTLE_MS),
      ),
  );
}

export function phases(result: SoakResult): PhaseStats[] {
  const { reads, faults, settings, elapsedMs } = result;
  const end = elapsedMs;
  const rows: PhaseStats[] = [];
  const firstFault = faults[0]?.injectedAt ?? end;
  // A read in flight when a fault struck counts for that fault's "during" row, nowhere else.
  const unstruck = reads.filter((r) => !faults.some((f) => struck(r, f)));
  rows.push(stats('steady, before the first fault', unstruck, settings.warmupMs, firstFault));
  faults.forEach((f, i) => {
    const next = faults[i + 1]?.injectedAt ?? end;
    const recovered = f.recoveredAt ?? next;
    const name = `${i + 1}. ${FAULT_LABELS[f.kind]}`;
    const during = [
      ...reads.filter((r) => struck(r, f)),
      ...unstruck.filter((r) => r.at >= f.injectedAt && r.at < recovered),
    ];
    rows.push(summarize(`${name}: during`, during, f.injectedAt, recovered));
    rows.push(stats(`${name}: after`, unstruck, recovered, next));
  });
  const outside = steadyReads(result);
  rows.push(
    stats(
      `steady, whole run (faults and ${SETTLE_MS / 1000} s after each left out)`,
      outside,
      0,
      end,
    ),
  );
  return rows;
}

/** Steady-state reads per question, slowest p50 first: where the time goes when the steady phase is slow. */
export function byQuestion(result: SoakResult): PhaseStats[] {
  const { elapsedMs } = result;
  const steady = steadyReads(result);
  const names = [...new Set(steady.map((r) => r.question))];
  return names
    .map((name) =>
      stats(
        name,
        steady.filter((r) => r.question === name),
        0,
        elapsedMs,
      ),
    )
    .sort((a, b) => b.p50 - a.p50);
}

export interface Totals {
  acknowledged: number;
  refused: number;
  unknown: number;
  lost: number;
  duplicated: number;
  partial: number;
  traces: number;
  mismatches: number;
  /** Longest time from a fault to good reads, in seconds; Infinity when one never recovered. */
  recoveredInS: number;
}

export function totals(result: SoakResult): Totals {
  const sum = (k: 'lost' | 'duplicated' | 'partial' | 'traces' | 'mismatches') =>
    result.checks.reduce((s, c) => s + c[k].length, 0);
  const recoveries = result.faults.map((f) =>
    f.recoveredAt === undefined ? Infinity : (f.recoveredAt - f.injectedAt) / 1000,
  );
  return {
    acknowledged: result.ledger.count('acknowledged'),
    refused: result.ledger.count('refused'),
    unknown: result.ledger.count('unknown'),
    lost: sum('lost'),
    duplicated: sum('duplicated'),
    partial: sum('partial'),
    traces: sum('traces'),
    mismatches: sum('mismatches'),
    recoveredInS: recoveries.length ? Math.max(...recoveries) : 0,
  };
}

export function finalLine(t: Totals): string {
  const s = Number.isFinite(t.recoveredInS) ? t.recoveredInS.toFixed(1) : 'inf';
  return `soak: acknowledged ${t.acknowledged}, lost ${t.lost}, duplicated ${t.duplicated}, partial ${t.partial}, recovered in ${s} s`;
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const pct = (n: number) => `${(n * 100).toFixed(n > 0 && n < 0.001 ? 3 : 1)}%`;
const sec = (ms: number) => (ms / 1000).toFixed(1);

/** The report as Markdown, ending with the one-line summary. */
export function renderReport(result: SoakResult, chartFile?: string): string {
  const t = totals(result);
  const { settings, ledger } = result;
  const lines: string[] = [];
  lines.push(
    `Run \`${result.runId}\`, started ${result.startedAt}, ${sec(result.elapsedMs)} s of load: ` +
      `${settings.readsPerSecond} reads/s open loop, ${settings.writers} writers, ` +
      `NEO4J_QUERY_TIMEOUT_MS=${settings.queryTimeoutMs}, pauses of ${sec(settings.pauseMs)} s. ` +
      `${result.cores} cores; load average ${result.loadAverage.start} at the start, ${result.loadAverage.end} at the end.`,
  );
  lines.push('');
  if (chartFile) lines.push(`![read latency over time, faults marked](${chartFile})`, '');
  lines.push('**Reads** (latency from when each read was due, so stalls count in full):', '');
  lines.push('| phase | from–to (s) | reads | p50 ms | p99 ms | max ms | errors |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const p of phases(result))
    lines.push(
      `| ${p.phase} | ${sec(p.from)}–${sec(p.to)} | ${p.reads} | ${f1(p.p50)} | ${f1(p.p99)} | ${f1(p.max)} | ${pct(p.errorRate)} |`,
    );
  if (result.readCosts.length) {
    const capacity = capacityOf(result.readCosts, result.cores);
    lines.push(
      '',
      `**What a read costs** (CPU time over ten reads of each question asked alone before the load, after three unmeasured; Neo4j's without its JIT compilers): on ${result.cores} cores this mix can be answered at about **${f1(capacity)} reads/s**${capacity < settings.readsPerSecond ? `, under the ${settings.readsPerSecond} reads/s asked: reads arrive faster than the cores can answer them, and queue` : ''}.`,
      '',
      '| question | service CPU ms | Neo4j CPU ms |',
      '|---|---|---|',
      ...result.readCosts.map(
        (c) => `| ${c.question} | ${f1(c.serviceCpuMs)} | ${f1(c.neo4jCpuMs)} |`,
      ),
    );
  }
  lines.push('', 'Steady-state reads by question, slowest first:', '');
  lines.push(
    '| question | reads | p50 ms | p99 ms | max ms | errors | service p50 ms | service p99 ms |',
  );
  lines.push('|---|---|---|---|---|---|---|---|');
  for (const q of byQuestion(result))
    lines.push(
      `| ${q.phase} | ${q.reads} | ${f1(q.p50)} | ${f1(q.p99)} | ${f1(q.max)} | ${pct(q.errorRate)} | ${f1(q.serverP50)} | ${f1(q.serverP99)} |`,
    );
  lines.push(
    '',
    '"service" is the time the service itself took (its Server-Timing header); the rest of a read is the network, the client and any wait to be sent.',
  );
  if (result.generatorDelay)
    lines.push(
      `The load generator's own event-loop delay: p50 ${f1(result.generatorDelay.p50)} ms, p99 ${f1(result.generatorDelay.p99)} ms, max ${f1(result.generatorDelay.max)} ms.`,
    );
  const readErrors = new Map<string, number>();
  for (const r of result.reads.filter((x) => !x.ok))
    readErrors.set(r.error ?? '?', (readErrors.get(r.error ?? '?') ?? 0) + 1);
  if (readErrors.size)
    lines.push(
      '',
      `Failed reads, by answer: ${[...readErrors].map(([c, n]) => `${c} ${n}`).join(', ')}.`,
    );
  lines.push('', '**Faults**:', '');
  lines.push(
    '| fault | at (s) | process back after (s) | reads good again after (s) | what happened |',
  );
  lines.push('|---|---|---|---|---|');
  for (const f of result.faults)
    lines.push(
      `| ${FAULT_LABELS[f.kind]} | ${sec(f.injectedAt)} | ${sec(f.clearedAt - f.injectedAt)} | ${f.recoveredAt === undefined ? 'never' : sec(f.recoveredAt - f.injectedAt)} | ${f.detail} |`,
    );
  lines.push('', '**Writes**:', '');
  lines.push('| write | acknowledged | refused | unknown |');
  lines.push('|---|---|---|---|');
  const kinds = [...new Set(ledger.entries.map((e) => e.kind))];
  for (const kind of kinds) {
    const of = ledger.entries.filter((e) => e.kind === kind);
    const n = (o: string) => of.filter((e) => e.outcome === o).length;
    lines.push(
      `| ${kind}${MEANT_TO_BE_REFUSED.has(kind) ? ' (meant to be refused)' : ''} | ${n('acknowledged')} | ${n('refused')} | ${n('unknown')} |`,
    );
  }
  const unknownCodes = new Map<string, number>();
  for (const e of ledger.entries.filter((x) => x.outcome === 'unknown'))
    unknownCodes.set(e.code ?? '?', (unknownCodes.get(e.code ?? '?') ?? 0) + 1);
  if (unknownCodes.size)
    lines.push(
      '',
      `Unknown outcomes, by answer: ${[...unknownCodes].map(([c, n]) => `${c} ${n}`).join(', ')}.`,
    );
  if (result.unexpected.length)
    lines.push(
      '',
      `Unexpected outcomes (${result.unexpected.length}):`,
      ...result.unexpected.slice(0, 20).map((u) => `- ${u}`),
    );
  lines.push('', '**The check against the store**:', '');
  lines.push(
    '| check | checked | lost | duplicated | partial | refused with a trace | mismatches |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  for (const c of result.checks)
    lines.push(
      `| ${c.name} | ${c.checked} | ${c.lost.length} | ${c.duplicated.length} | ${c.partial.length} | ${c.traces.length} | ${c.mismatches.length} |`,
    );
  const findings = result.checks.flatMap((c) =>
    (['lost', 'duplicated', 'partial', 'traces', 'mismatches'] as const).flatMap((k) =>
      c[k].slice(0, 10).map((x) => `- ${c.name}, ${k}: ${x}`),
    ),
  );
  if (findings.length) lines.push('', 'Findings (first ten of each kind):', ...findings);
  lines.push('', '```', finalLine(t), '```');
  return lines.join('\n') + '\n';
}
