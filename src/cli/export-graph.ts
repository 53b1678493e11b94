import { exportGraph, importGraph } from '../backup/graph-export';
import { loadConfig } from '../config';
import { connectNeo4j, createDriver } from '../neo4j/connect';
import { applySchema } from '../neo4j/schema-setup';
import { NEO4J_NOTE, runCli } from './run-cli';

/**
 * `npm run export-graph -- <file>` writes the complete logical export of the graph;
 * `--load` reads one back into an empty store.
 */
runCli(
  {
    name: 'export-graph',
    summary:
      'Writes every node and relationship of the graph (bundles, claims, corrections, retractions, reviews, the ' +
      'audit trail) with all their properties to a JSON-lines file, ending with counts and a digest. With --load, ' +
      'reads such a file into an empty store, of this Neo4j or any other (NEO4J_URI), and checks the digest.',
    arguments: '<file.jsonl>',
    positionals: { min: 1, max: 1 },
    options: { load: { type: 'boolean' } },
    optionHelp: { load: 'load the file into an empty store instead of writing it' },
    examples: [
      'npm run export-graph -- claimgraph.jsonl',
      'NEO4J_URI=bolt://db.example:7687 NEO4J_PASSWORD=… npm run export-graph -- --load claimgraph.jsonl',
    ],
    notes: [NEO4J_NOTE],
  },
  async ({ values, positionals: [file] }) => {
    const config = loadConfig();
    const neo4j = await connectNeo4j(config, { owner: 'npm run export-graph' });
    // Its own driver keeps integers as integers, so that the file says exactly what the store holds.
    const driver = createDriver(neo4j.uri, config, { losslessIntegers: true });
    const target = { driver, database: config.neo4jDatabase };
    const started = Date.now();
    try {
      if (values.load) {
        await applySchema(neo4j.graph);
        const progress = process.stderr.isTTY
          ? (p: { nodes: number; relationships: number }) =>
              process.stderr.write(
                `\r${file}: ${p.nodes} nodes, ${p.relationships} relationships loaded`,
              )
          : undefined;
        const loaded = await importGraph(target, file, progress);
        if (progress) process.stderr.write('\n');
        console.log(
          `${file}: loaded ${loaded.nodes} nodes and ${loaded.relationships} relationships in ${Date.now() - started} ms; digest ${loaded.digest} matches the file`,
        );
      } else {
        const written = await exportGraph(target, file);
        console.log(
          `${file}: ${written.nodes} nodes and ${written.relationships} relationships in ${Date.now() - started} ms; digest ${written.digest}`,
        );
      }
    } finally {
      await driver.close();
      await neo4j.close();
    }
  },
);
