/**
 * One GraphQL request over real HTTP, as a client sends it, reduced to what the soak needs: the
 * data, or why there is none. Nothing here retries: a retry is a new request with its own entry.
 */

export interface GqlAnswer<T = any> {
  /** HTTP status; 0 when no answer came (timeout, connection refused or reset). */
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
  /** Set when no answer came: the fetch error's message. */
  failure?: string;
  /** The service's own time for the request, from its Server-Timing header. */
  serverMs?: number;
}

/** `total;dur=12.3` of a Server-Timing header, in ms. */
export function serverTiming(header: string | null): number | undefined {
  const match = header ? /(?:^|,)\s*total;dur=([0-9.]+)/.exec(header) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * Codes with which the service refuses a write before it commits anything. Anything else that is
 * not data (SERVICE_UNAVAILABLE, a timeout, an unexpected error, a lost connection) leaves the
 * outcome unknown: the transaction may have committed before the answer was lost.
 */
export const REFUSAL_CODES = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNSUPPORTED',
  'GRAPHQL_VALIDATION_FAILED',
]);

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { key?: string; timeoutMs: number },
): Promise<GqlAnswer<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
  };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await response.text();
    const serverMs = serverTiming(response.headers.get('server-timing'));
    try {
      return { status: response.status, serverMs, ...(JSON.parse(text) as object) };
    } catch {
      return { status: response.status, serverMs, failure: `not JSON: ${text.slice(0, 200)}` };
    }
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { status: 0, failure: e.cause?.code ?? e.name ?? String(error) };
  }
}

export type Outcome = 'acknowledged' | 'refused' | 'unknown';

export function outcomeOf(answer: GqlAnswer): { outcome: Outcome; code?: string } {
  if (answer.status === 200 && answer.data && !answer.errors?.length)
    return { outcome: 'acknowledged' };
  const code = answer.errors?.[0]?.extensions?.code as string | undefined;
  if (code && REFUSAL_CODES.has(code)) return { outcome: 'refused', code };
  return {
    outcome: 'unknown',
    code: code ?? (answer.failure ? `no answer (${answer.failure})` : `HTTP ${answer.status}`),
  };
}

/**
 * Asks until the answer is data without errors, at most five times with `pauseMs` between: for set-up
 * steps before the clock starts, which a loaded machine or a cold plan may time out once or twice.
 */
export async function askUntilAnswered(
  what: string,
  ask: () => Promise<GqlAnswer>,
  pauseMs = 0,
): Promise<void> {
  let last = '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    const answer = await ask();
    if (outcomeOf(answer).outcome === 'acknowledged') return;
    last = JSON.stringify(answer.errors ?? answer.failure);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw new Error(`${what} failed five times; the last answer: ${last}`);
}
