import { createYoga, useReadinessCheck, YogaServerInstance } from 'graphql-yoga';
import { Config } from './config';
import { Context, createContext } from './graphql/context';
import { loadExamples } from './graphql/examples';
import { buildSchema } from './graphql/schema';
import { Graph } from './neo4j/graph';

export type ClaimgraphServer = YogaServerInstance<Record<string, unknown>, Context>;

/** The GraphQL service over one Graph; `yoga.fetch` serves it in-process, `http.createServer(yoga)` on a port. */
export function createServer(config: Config, graph: Graph): ClaimgraphServer {
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    context: () => createContext(graph),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    maskedErrors: { isDev: config.nodeEnv === 'development' },
    graphiql: {
      title: 'claimgraph',
      defaultTabs: loadExamples().map((e) => ({ query: e.query })),
    },
    logging: config.logLevel === 'silent' ? false : config.logLevel,
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          await graph.driver.verifyConnectivity({ database: graph.options.database });
        },
      }),
    ],
  });
}
