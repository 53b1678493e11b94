import path from 'node:path';
import { bundleForIngestion } from '../bundle/draft';
import { BundleValidationError, validateBundle } from '../bundle/validate';
import { loadConfig } from '../config';
import { withSearchIndexDeferred } from '../ingest/bulk';
import { ingestBundle } from '../ingest/ingest-bundle';
import { connectNeo4j } from '../neo4j/connect';
import { applySchema } from '../neo4j/schema-setup';
import { IngestProgressDisplay, wantsProgress } from './progress';
import { inputError, NEO4J_NOTE, readJsonFile, readTextFile, runCli } from './run-cli';

/**
 * `npm run ingest`: validates and writes each bundle, one transaction each. --defer-search-index
 * is the bulk mode of src/ingest/bulk.ts: search is unavailable until every file is loaded and the
 * index rebuilt.
 */
runCli(
  {
    name: 'ingest',
    summary:
      'Validates each bundle and writes it to the graph, one transaction per bundle. A bundle that does not ' +
      'validate is reported problem by problem, and nothing of it is written.',
    arguments: '<bundle.json> [more bundles…]',
    positionals: { min: 1 },
    options: {
      progress: { type: 'boolean' },
      'defer-search-index': { type: 'boolean' },
    },
    optionHelp: {
      progress: 'show progress on stderr even when it is not a terminal',
      'defer-search-index':
        'bulk mode: drop the full-text index for the load, rebuild it once at the end (search fails meanwhile)',
    },
    examples: [
      'npm run ingest -- seeds/musk-putin-starlink/bundle.json',
      'npm run ingest -- --defer-search-index articles/*/bundle.json',
    ],
    notes: [NEO4J_NOTE],
  },
  async ({ values, positionals: files }) => {
    // Every file is read, anchored (a draft, exactly as `npm run anchor` would) and validated
    // before Neo4j is touched, so a broken file fails in milliseconds and nothing is written.
    const bundles = files.map((file) => {
      const input = readJsonFile(file) as { source?: { textFile?: unknown } };
      const textFile = input?.source?.textFile;
      const text =
        typeof textFile === 'string'
          ? readTextFile(path.resolve(path.dirname(file), textFile))
          : undefined;
      let bundle: unknown;
      try {
        bundle = bundleForIngestion(input, text);
      } catch (error) {
        if (error instanceof BundleValidationError) throw inputError(`${file}: ${error.message}`);
        throw error;
      }
      const validation = validateBundle(bundle, text);
      if (!validation.ok) {
        throw inputError(`${file}: ${new BundleValidationError(validation.problems).message}`);
      }
      return { file, bundle, text };
    });
    const progress = wantsProgress(process.stderr, values.progress === true)
      ? new IngestProgressDisplay(process.stderr)
      : undefined;
    const neo4j = await connectNeo4j(loadConfig(), { owner: 'npm run ingest' });
    try {
      await applySchema(neo4j.graph);
      const loadAll = async () => {
        for (const { file, bundle, text } of bundles) {
          const started = Date.now();
          progress?.start(file);
          const result = await ingestBundle(neo4j.graph, bundle, text, {
            onProgress: progress?.update,
          });
          progress?.finish();
          const merged = Object.entries(result.merged).map(([from, to]) => `${from} → ${to}`);
          console.log(
            `${file}: ${result.counts.claims} claims, ${result.counts.occurrences} occurrences, ${result.counts.entities} entities ` +
              `in ${Date.now() - started} ms${merged.length ? `; merged ${merged.join(', ')}` : ''}`,
          );
        }
      };
      if (values['defer-search-index']) {
        const started = Date.now();
        await withSearchIndexDeferred(neo4j.graph, loadAll);
        console.log(`search index rebuilt; ${files.length} files in ${Date.now() - started} ms`);
      } else {
        await loadAll();
      }
    } finally {
      progress?.finish();
      await neo4j.close();
    }
  },
);
