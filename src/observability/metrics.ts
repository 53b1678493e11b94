import { createHash, timingSafeEqual } from 'node:crypto';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReadGate } from '../neo4j/read-gate';

const KNOWN_ROOTS = new Set(['graphql', 'exports', 'explorer', 'health', 'ready', 'metrics']);
const KNOWN_EXPORTS = new Set([
  'claim-review',
  'claim-reviews.jsonld',
  'provenance',
  'subgraph.graphml',
  'subgraph',
]);

/**
 * The route label of a path: its first segment (and for exports the second), never an id or an
 * unknown path, so that a scanner hitting random URLs cannot grow the number of time series.
 */
export function routeOf(pathname: string): string {
  const [root, second] = pathname.split('/').filter(Boolean);
  if (root === undefined) return '/';
  if (!KNOWN_ROOTS.has(root)) return 'other';
  if (root !== 'exports' || second === undefined) return `/${root}`;
  return KNOWN_EXPORTS.has(second) ? `/exports/${second}` : '/exports/other';
}

/** Whether the request carries `Authorization: Bearer <token>`, compared in constant time. */
function bearerMatches(request: Request, token: string): boolean {
  const sent = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}

/**
 * Prometheus metrics on their own registry (one per server, so test servers do not collide):
 * yoga's GraphQL metrics (requests, errors, phase durations), an HTTP counter and histogram for
 * every route including the exports, and the process defaults (CPU, memory, event loop lag).
 * With a token, /metrics answers 401 to a scrape without `Authorization: Bearer <token>`.
 */
export function useMetrics(options: { token?: string; reads?: ReadGate } = {}): Plugin {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const { reads } = options;
  if (reads) {
    // The read gate (src/neo4j/read-gate.ts): how full it is, and how many reads it turned away.
    new Gauge({
      name: 'claimgraph_neo4j_reads',
      help: 'Reads in Neo4j now (state="active") and waiting for a turn (state="waiting").',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'active' }, reads.load.active);
        this.set({ state: 'waiting' }, reads.load.waiting);
      },
    });
    new Gauge({
      name: 'claimgraph_neo4j_reads_refused',
      help: 'Reads refused SERVICE_BUSY after waiting NEO4J_READ_QUEUE_TIMEOUT_MS for a turn, since start.',
      registers: [registry],
      collect() {
        this.set(reads.refused);
      },
    });
  }
  const requests = new Counter({
    name: 'claimgraph_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'claimgraph_http_request_duration_seconds',
    help: 'Time from receiving a request to answering it, by method, route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const startedAt = new WeakMap<Request, number>();

  return {
    onPluginInit({ addPlugin }) {
      addPlugin(usePrometheus({ registry, endpoint: '/metrics', labels: { url: false } }));
    },
    onRequest({ request, url, endResponse, fetchAPI }) {
      startedAt.set(request, performance.now());
      if (options.token && url.pathname === '/metrics' && !bearerMatches(request, options.token)) {
        endResponse(
          new fetchAPI.Response('/metrics needs `Authorization: Bearer <METRICS_TOKEN>`\n', {
            status: 401,
            headers: {
              'content-type': 'text/plain; charset=utf-8',
              'www-authenticate': 'Bearer realm="metrics"',
            },
          }),
        );
      }
    },
    onResponse({ request, response }) {
      const started = startedAt.get(request);
      if (started === undefined) return;
      const labels = {
        method: request.method,
        route: routeOf(new URL(request.url, 'http://localhost').pathname),
        status: String(response.status),
      };
      requests.inc(labels);
      duration.observe(labels, (performance.now() - started) / 1000);
    },
  };
}
