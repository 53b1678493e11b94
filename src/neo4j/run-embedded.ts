import { loadConfig } from '../config';
import { failureReport } from '../errors';
import { embeddedOptionsFrom } from './embedded';
import { attachOrStartEmbedded } from './embedded-state';

/**
 * `npm run neo4j`: the embedded Neo4j in the foreground, until Ctrl-C. `npm start` and the CLIs
 * find it through its state file and share it.
 */
async function main() {
  const config = loadConfig();
  const neo4j = await attachOrStartEmbedded(embeddedOptionsFrom(config), {
    owner: 'npm run neo4j',
    mayShare: () => false,
  });
  console.log(
    `Neo4j is ready at ${neo4j.uri} (data in ${config.embeddedDataDir}). Use NEO4J_URI=${neo4j.uri}; Ctrl-C stops it.`,
  );
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(failureReport(error));
  process.exit(1);
});
