import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from './config';
import { failureReport } from './errors';
import { loadSeeds } from './ingest/seed';
import { connectNeo4j } from './neo4j/connect';
import { applySchema } from './neo4j/schema-setup';
import { GracefulStop, listen } from './http';
import { createServer } from './server';

async function main() {
  const config = loadConfig();
  const neo4j = await connectNeo4j(config, { owner: 'npm start', service: true });
  // Start-up is not a request: a cold store on a busy machine may take longer than one.
  const startUp = neo4j.graph.forLongWork();
  await applySchema(startUp);
  if (config.seedOnStart) await loadSeeds(startUp, config.seedDir);
  const http = createHttpServer();
  const lifecycle = new GracefulStop(http);
  http.on('request', createServer(config, neo4j.graph, { draining: () => lifecycle.draining }));
  const url = await listen(http, config);
  console.log(`claimgraph serving GraphiQL at ${url}/graphql`);
  const stop = async () => {
    const { ms, cut } = await lifecycle.stop(config.shutdownGraceMs);
    console.log(
      `claimgraph stopped in ${ms} ms` + (cut > 0 ? `; ${cut} requests cut after the grace` : ''),
    );
    await neo4j.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error) => {
  console.error(failureReport(error));
  process.exit(1);
});
