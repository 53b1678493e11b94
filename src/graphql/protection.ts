import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import { maskError, Plugin } from 'graphql-yoga';
import { Config } from '../config';
import { databaseFailure } from '../neo4j/errors';
import { useOperationLimits } from './limits';

type ProtectionConfig = Pick<
  Config,
  | 'nodeEnv'
  | 'maxBodyBytes'
  | 'maxQueryDepth'
  | 'maxQueryCost'
  | 'maxAliases'
  | 'maxTokens'
  | 'maxDirectives'
  | 'introspectionEnabled'
>;

/**
 * Limits that keep one hostile operation from tying up the service: depth, cost, aliases, tokens
 * and directives (src/graphql/limits.ts, each refusal with an `extensions.code`), field suggestions off in production so that a schema
 * cannot be guessed through "Did you mean…", and introspection when it is switched off.
 */
export function protectionPlugins(config: ProtectionConfig): Plugin[] {
  // graphql-armor's own limits answer "Syntax Error: …" with no code and price depth rather than
  // page sizes, so the limits are src/graphql/limits.ts; armor keeps only field-suggestion blocking.
  const armor = new EnvelopArmor({
    maxDepth: { enabled: false },
    costLimit: { enabled: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: config.nodeEnv === 'production' },
  });
  const plugins: Plugin[] = [
    useBodyLimit(config.maxBodyBytes),
    useOperationLimits({
      maxDepth: config.maxQueryDepth,
      maxCost: config.maxQueryCost,
      maxAliases: config.maxAliases,
      maxTokens: config.maxTokens,
      maxDirectives: config.maxDirectives,
    }),
    ...(armor.protect().plugins as Plugin[]),
  ];
  if (!config.introspectionEnabled) plugins.push(useDisableIntrospection());
  return plugins;
}

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  const body = {
    errors: [
      {
        message: `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES)`,
        extensions: { code: 'PAYLOAD_TOO_LARGE' },
      },
    ],
  };
  return new fetchAPI.Response(JSON.stringify(body), {
    status: 413,
    headers: { 'content-type': 'application/json' },
  });
}

/**
 * Refuses bodies over `maxBytes` with 413: at once when content-length says so, and while reading
 * when it does not (chunked uploads), so that an oversized body is never buffered whole.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxBytes) endResponse(tooLarge(fetchAPI, maxBytes));
    },
    onRequestParse({ requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        if (!request.body) return requestParser(request);
        const reader = request.body.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            return tooLarge(fetchAPI, maxBytes);
          }
          chunks.push(value);
        }
        const headers = new fetchAPI.Headers(request.headers);
        headers.delete('content-length');
        headers.delete('transfer-encoding');
        return requestParser(
          new fetchAPI.Request(request.url, {
            method: request.method,
            headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
    },
  };
}

/**
 * Yoga masks unexpected errors; the failures of the database a client can act on (Neo4j down:
 * retry later; a query cut by the transaction timeout: ask for less) are told as databaseFailure
 * tells them on every surface.
 */
export function maskDomainErrors(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const failure = databaseFailure(original);
  if (failure) {
    return new GraphQLError(failure.message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: failure.code },
    });
  }
  return maskError(error, message, isDev);
}
