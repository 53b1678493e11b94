import { createHash } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

export interface RateLimitOptions {
  /** Requests each client may make per minute, sustained; 0 turns rate limiting off. */
  perMinute: number;
  /** Requests a client may make at once after being idle. */
  burst: number;
  /** Take the client address from X-Forwarded-For (its last entry, added by the proxy in front). */
  trustProxy: boolean;
  now?: () => number;
}

/** Polled by orchestrators and scrapers, which must never be turned away by a busy client. */
const EXEMPT_PATHS = new Set(['/health', '/ready', '/metrics']);

/** Buckets kept before idle (full) ones are dropped, so a scan of many addresses cannot grow memory without end. */
const MAX_BUCKETS = 10000;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string } };
}

/**
 * Who a request is for the limiter: its credential when it sends one (hashed, never kept as sent),
 * otherwise its client address. A credential that turns out wrong is refused with 401 before any
 * database work, so inventing credentials buys nothing but 401s.
 */
export function clientKey(request: Request, serverContext: unknown, trustProxy: boolean): string {
  const credential = request.headers.get('authorization') ?? request.headers.get('x-api-key');
  if (credential) {
    return `credential:${createHash('sha256').update(credential.trim()).digest('hex').slice(0, 32)}`;
  }
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for');
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return `address:${last}`;
  }
  const address = (serverContext as NodeServerContext | undefined)?.req?.socket?.remoteAddress;
  return `address:${address ?? 'unknown'}`;
}

/**
 * A token bucket per client: `burst` requests at once, refilled at `perMinute` a minute. A request
 * over the limit gets 429 with Retry-After (whole seconds until one request is allowed again) and a
 * GraphQL-shaped body with the code RATE_LIMITED. Health, readiness and metrics are never limited.
 */
export function useRateLimit(options: RateLimitOptions): Plugin {
  const now = options.now ?? (() => Date.now());
  const perMs = options.perMinute / 60000;
  const buckets = new Map<string, Bucket>();

  const take = (key: string): number => {
    const at = now();
    const bucket = buckets.get(key) ?? { tokens: options.burst, updatedAt: at };
    bucket.tokens = Math.min(options.burst, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
    buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  };

  const prune = () => {
    if (buckets.size <= MAX_BUCKETS) return;
    const at = now();
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updatedAt) * perMs >= options.burst) buckets.delete(key);
    }
  };

  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (options.perMinute === 0 || EXEMPT_PATHS.has(url.pathname)) return;
      prune();
      const retryAfter = take(clientKey(request, serverContext, options.trustProxy));
      if (retryAfter === 0) return;
      const body = {
        errors: [
          {
            message: `Too many requests: at most ${options.perMinute} a minute (bursts of ${options.burst}) per credential or address (RATE_LIMIT_PER_MINUTE, RATE_LIMIT_BURST). Retry in ${retryAfter} s.`,
            extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
          },
        ],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) },
        }),
      );
    },
  };
}
