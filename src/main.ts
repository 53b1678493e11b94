import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from './config';
import { failureReport } from './errors';
import { loadSeeds } from './ingest/seed';
import { connectNeo4j } from './neo4j/connect';
import { applySchema } from './neo4j/schema-setup';
import { listen } from './http';
import { createServer } from './server';

async function main() {
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { owner: 'npm start', service: true });
  // Start-up is not a request: a cold store on a busy machine may take longer than one.
  const startUp = neo4j.graph.forLongWork();
  await applySchema(startUp);
  if (config.seedOnStart) await loadSeeds(startUp, config.seedDir);
  const http = createHttpServer(createServer(config, neo4j.graph));
  const url = await listen(http, config);
  console.log(`claimgraph serving GraphiQL at ${url}/graphql`);
  const stop = () => http.close(() => void neo4j.close().then(() => process.exit(0)));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(failureReport(error));
  process.exit(1);
});
