import { createServer } from 'node:http';
import { createYoga } from 'graphql-yoga';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { neo4jGraphqlSchema } from '../neo4j-graphql/schema';

/** The alternative a user would pick: @neo4j/graphql v7 over the same store, served by the same Yoga. */
async function main() {
  const [uri, port] = [process.argv[2], Number(process.argv[3])];
  const config = loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  const driver = createDriver(uri, config);
  const yoga = createYoga({
    schema: await neo4jGraphqlSchema(driver),
    // The service's own transaction timeout, so that an abandoned slow query stops here as it does there.
    context: () => ({ transaction: { timeout: config.neo4jQueryTimeoutMs } }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false,
    logging: 'warn',
    maskedErrors: false,
  });
  const server = createServer(yoga);
  server.listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
  process.once('SIGTERM', () =>
    server.close(() => void driver.close().then(() => process.exit(0))),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
