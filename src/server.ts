import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, useReadinessCheck, YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator } from './auth/authenticate';
import { useOperationAuth } from './auth/plugin';
import { Config } from './config';
import { configureConnectionSearch } from './connections/search';
import { Context, createContext } from './graphql/context';
import { useExplorer } from './explorer/routes';
import { loadExamples } from './graphql/examples';
import { maskDomainErrors, protectionPlugins } from './graphql/protection';
import { useRateLimit } from './graphql/rate-limit';
import { buildSchema } from './graphql/schema';
import { useExports } from './exports/routes';
import { Graph } from './neo4j/graph';
import { createObservability } from './observability';

export type ClaimgraphServer = YogaServerInstance<Record<string, unknown>, Context>;

/** What the process around the service tells it; `draining` is true once a stop has begun. */
export interface ServerLifecycle {
  draining(): boolean;
}

/** The GraphQL service over one Graph; `yoga.fetch` serves it in-process, `http.createServer(yoga)` on a port. */
export function createServer(
  config: Config,
  graph: Graph,
  lifecycle: ServerLifecycle = { draining: () => false },
): ClaimgraphServer {
  configureConnectionSearch({ budget: config.connectionBudget });
  const observability = createObservability(config, graph.reads);
  const authenticate = createAuthenticator(config);
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    context: async ({ request }) => createContext(graph, await authenticate(request)),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    maskedErrors: { isDev: config.nodeEnv === 'development', maskError: maskDomainErrors },
    graphiql: config.graphiqlEnabled && {
      title: 'claimgraph',
      defaultTabs: loadExamples().map((e) => ({ query: e.query })),
    },
    // GraphiQL's assets are served by the service itself, not fetched from a CDN, so it works
    // on closed newsroom networks and offline machines.
    renderGraphiQL,
    logging: observability.yogaLogger,
    plugins: [
      ...observability.plugins,
      useRateLimit({
        perMinute: config.rateLimitPerMinute,
        burst: config.rateLimitBurst,
        trustProxy: config.trustProxy,
      }),
      // Each operation is compiled once into a JavaScript function (graphql-jit), kept with the
      // parsed document in Yoga's bounded document cache: about a fifth less CPU per request
      // than interpreting the selection every time (measured in BENCHMARKS.md).
      useGraphQlJit(),
      ...protectionPlugins(config),
      useOperationAuth({ readsRequireAuth: config.readsRequireAuth }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          if (lifecycle.draining())
            throw new Error('shutting down: finishing the requests in flight');
          await graph.driver.verifyConnectivity({ database: graph.options.database });
        },
      }),
      useExports(graph, { authenticate, readsRequireAuth: config.readsRequireAuth }),
      useExplorer(),
    ],
  });
}
