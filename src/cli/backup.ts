import path from 'node:path';
import { dumpStore } from '../backup/dump';
import { loadConfig } from '../config';
import { displayPath, runCli } from './run-cli';

/** `npm run backup`: Neo4j's own dump of the stopped embedded store. */
runCli(
  {
    name: 'backup',
    summary:
      "Dumps the embedded store (EMBEDDED_NEO4J_DATA_DIR) with Neo4j's own `neo4j-admin database dump`, into " +
      '<folder>/neo4j.dump. Neo4j Community dumps only a stopped database: stop `npm start` first.',
    arguments: '[<folder>]',
    positionals: { min: 0, max: 1 },
    options: {},
    optionHelp: {},
    examples: ['npm run backup', 'npm run backup -- /srv/backups/claimgraph-2026-11-28'],
    notes: [
      'Default folder: backups/<UTC date and time>/. `npm run restore -- <folder>` loads it back.',
      'Docker compose: see docs/operations.md, "Backup and restore".',
    ],
  },
  async ({ positionals }) => {
    const config = loadConfig();
    const folder =
      positionals[0] ??
      path.join(
        'backups',
        new Date()
          .toISOString()
          .replace(/[:.]/g, '-')
          .replace(/-\d+Z$/, 'Z'),
      );
    const started = Date.now();
    const dump = await dumpStore(
      { dataDir: config.embeddedDataDir, java: config.java, heap: config.embeddedHeap },
      folder,
    );
    console.log(
      `${displayPath(dump)}: dump of ${config.embeddedDataDir} in ${Date.now() - started} ms`,
    );
  },
);
