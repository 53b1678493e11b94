import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { Logger } from 'pino';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { Config } from '../config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept only when it is short and plain, so a client cannot forge log structure with it. */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:/+=-]{1,128}$/;

/** Paths polled by orchestrators and scrapers: logged at debug so they do not drown the requests that matter. */
const QUIET_PATHS = new Set(['/health', '/ready', '/metrics']);

interface RequestScope {
  id: string;
  log: Logger;
  startedAt: number;
  operationName?: string;
}

const scopes = new WeakMap<Request, RequestScope>();
const currentScope = new AsyncLocalStorage<RequestScope>();

/** The service's pino logger: JSON lines on stdout, or appended to LOG_FILE when it is set. */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFile'>): Logger {
  const destination = config.logFile
    ? pino.destination({ dest: config.logFile, sync: true, mkdir: true })
    : pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: config.logLevel,
      base: { service: 'claimgraph' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** The logger of a request being handled, carrying its request id; undefined when request logging is off. */
export function requestLogger(request: Request): Logger | undefined {
  return scopes.get(request)?.log;
}

/**
 * Yoga's own messages (masked errors above all) through pino, tagged with the id of the request
 * whose handling produced them: the handler runs inside an AsyncLocalStorage scope set per request.
 */
export function yogaLogger(base: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const log = currentScope.getStore()?.log ?? base;
      const [first, ...rest] = args;
      if (first instanceof Error) log[level]({ err: first }, first.message);
      else if (typeof first === 'string')
        log[level](rest.length > 0 ? { details: rest } : {}, first);
      else log[level]({ details: args }, 'yoga');
    };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
  };
}

/**
 * Gives every request an id (the client's `x-request-id` when acceptable, else a new UUID), puts
 * it on every log line written while handling the request and on the response header, and logs
 * one line per finished request with its status and duration, which the `Server-Timing` header
 * also gives the client.
 */
export function useRequestLogging(base: Logger): Plugin {
  return {
    onRequest({ request, url, requestHandler, setRequestHandler }) {
      const incoming = request.headers.get(REQUEST_ID_HEADER);
      const id = incoming && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      const scope: RequestScope = {
        id,
        log: base.child({ requestId: id }),
        startedAt: performance.now(),
      };
      scopes.set(request, scope);
      scope.log.debug({ method: request.method, path: url.pathname }, 'request started');
      setRequestHandler((req, serverContext) =>
        currentScope.run(scope, () => requestHandler(req, serverContext)),
      );
    },
    onParams({ request, params }) {
      const scope = scopes.get(request);
      if (scope && params.operationName) scope.operationName = params.operationName;
    },
    onResponse({ request, response }) {
      const scope = scopes.get(request);
      if (!scope) return;
      const durationMs = Math.round((performance.now() - scope.startedAt) * 10) / 10;
      response.headers.set(REQUEST_ID_HEADER, scope.id);
      // W3C Server Timing: a client (or a browser's devtools) can tell the service's own time from
      // the network's and its own; the soak reports the two side by side.
      response.headers.set('server-timing', `total;dur=${durationMs}`);
      const path = new URL(request.url, 'http://localhost').pathname;
      const line = {
        method: request.method,
        path,
        status: response.status,
        durationMs,
        operationName: scope.operationName,
      };
      if (QUIET_PATHS.has(path)) scope.log.debug(line, 'request completed');
      else if (response.status >= 500) scope.log.error(line, 'request failed');
      else scope.log.info(line, 'request completed');
    },
  };
}
