import { loadStore } from '../backup/dump';
import { loadConfig } from '../config';
import { runCli } from './run-cli';

/** `npm run restore`: Neo4j's own load of a dump into the stopped embedded store. */
runCli(
  {
    name: 'restore',
    summary:
      'Loads a dump made by `npm run backup` (or by `neo4j-admin database dump` anywhere) into the embedded store ' +
      '(EMBEDDED_NEO4J_DATA_DIR), replacing its database, with `neo4j-admin database load`. The store must be stopped.',
    arguments: '<folder or .dump file>',
    positionals: { min: 1, max: 1 },
    options: {},
    optionHelp: {},
    examples: [
      'npm run restore -- backups/2026-11-28T23-40-09Z',
      'EMBEDDED_NEO4J_DATA_DIR=/tmp/restored npm run restore -- neo4j.dump',
    ],
    notes: ['Docker compose: see docs/operations.md, "Backup and restore".'],
  },
  async ({ positionals: [from] }) => {
    const config = loadConfig();
    const started = Date.now();
    await loadStore(
      { dataDir: config.embeddedDataDir, java: config.java, heap: config.embeddedHeap },
      from,
    );
    console.log(`${config.embeddedDataDir}: loaded ${from} in ${Date.now() - started} ms`);
  },
);
