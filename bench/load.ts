import autocannon from 'autocannon';
import { RssSampler } from './neo4j';

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Process whose resident memory is sampled while the load runs. */
  pid: number;
}

/** One measured stretch of load against one server. */
export interface Measurement {
  latencies: number[];
  requests: number;
  errors: number;
  elapsedMs: number;
  peakRssMiB: number;
}

export interface LoadResult {
  requests: number;
  /** Non-200 answers, or 200 answers that carry GraphQL errors. */
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  peakRssMiB: number;
}

export type MakeRequest = (i: number) => { path: string; body: string };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
const round = (n: number) => Math.round(n * 100) / 100;

function run(
  url: string,
  make: MakeRequest,
  connections: number,
  seconds: number,
  onLatency?: (ms: number) => void,
) {
  let i = 0;
  let errors = 0;
  return new Promise<{ requests: number; errors: number; elapsedMs: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        // A slower answer counts as an error rather than stalling the run.
        timeout: 30,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const { path, body } = make(i++);
              return {
                ...request,
                path,
                body,
                headers: { 'content-type': 'application/json', accept: 'application/json' },
              };
            },
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) errors += 1;
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error as Error)
          : resolve({ requests: result.requests.total, errors, elapsedMs: result.duration * 1000 }),
    );
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

/**
 * Drives one server with autocannon at a fixed concurrency for one stretch: a warm-up that is
 * thrown away, then the measured run, keeping every response's own latency (not autocannon's
 * histogram buckets) so that percentiles over several stretches can be computed exactly.
 */
export async function measure(
  url: string,
  make: MakeRequest,
  options: LoadOptions,
): Promise<Measurement> {
  if (options.warmupSeconds > 0) await run(url, make, options.connections, options.warmupSeconds);
  const latencies: number[] = [];
  const rss = new RssSampler(options.pid, 200);
  const { requests, errors, elapsedMs } = await run(
    url,
    make,
    options.connections,
    options.durationSeconds,
    (ms) => latencies.push(ms),
  );
  return { latencies, requests, errors, elapsedMs, peakRssMiB: rss.stop() };
}

/** Percentiles and throughput over several stretches of the same load. */
export function summarize(stretches: Measurement[]): LoadResult {
  const latencies = stretches.flatMap((m) => m.latencies).sort((a, b) => a - b);
  const elapsedMs = stretches.reduce((s, m) => s + m.elapsedMs, 0);
  return {
    requests: stretches.reduce((s, m) => s + m.requests, 0),
    errors: stretches.reduce((s, m) => s + m.errors, 0),
    rps: round((latencies.length / elapsedMs) * 1000),
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    mean: round(latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length)),
    peakRssMiB: Math.max(...stretches.map((m) => m.peakRssMiB)),
  };
}
