import { createYoga, useReadinessCheck, YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator } from './auth/authenticate';
import { useOperationAuth } from './auth/plugin';
import { Config } from './config';
import { Context, createContext } from './graphql/context';
import { loadExamples } from './graphql/examples';
import { maskDomainErrors, protectionPlugins } from './graphql/protection';
import { buildSchema } from './graphql/schema';
import { Graph } from './neo4j/graph';

export type ClaimgraphServer = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL service over one Graph; `yoga.fetch` serves it in-process, `http.createServer(yoga)` on a port. */
export function createServer(config: Config, graph: Graph): ClaimgraphServer {
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
    logging: config.logLevel === 'silent' ? false : config.logLevel,
    plugins: [
      ...protectionPlugins(config),
      useOperationAuth({ readsRequireAuth: config.readsRequireAuth }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await graph.driver.verifyConnectivity({ database: graph.options.database });
        },
      }),
    ],
  });
}
