import { bundleForIngestion } from '../bundle/draft';
import { readBundleFile } from '../bundle/load';
import { BundleValidationError } from '../bundle/validate';
import { loadConfig } from '../config';
import { failureReport } from '../errors';
import { withSearchIndexDeferred } from '../ingest/bulk';
import { ingestBundle } from '../ingest/ingest-bundle';
import { connectNeo4j } from '../neo4j/connect';
import { applySchema } from '../neo4j/schema-setup';
import { IngestProgressDisplay, wantsProgress } from './progress';

const USAGE =
  'usage: npm run ingest -- [--progress] [--defer-search-index] <bundle.json> [more bundles…]';

/**
 * `npm run ingest -- [--progress] [--defer-search-index] <bundle.json> [more.json…]`: validates and
 * writes each bundle, one transaction each. --defer-search-index is the bulk mode of
 * src/ingest/bulk.ts: search is unavailable until every file is loaded and the index rebuilt.
 */
async function main(args: string[]) {
  const flags = new Set(['--progress', '--defer-search-index']);
  const unknown = args.filter((a) => a.startsWith('--') && !flags.has(a));
  const files = args.filter((a) => !a.startsWith('--'));
  const progress = wantsProgress(process.stderr, args.includes('--progress'))
    ? new IngestProgressDisplay(process.stderr)
    : undefined;
  if (files.length === 0 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const neo4j = await connectNeo4j(loadConfig());
  try {
    await applySchema(neo4j.graph);
    const loadAll = async () => {
      for (const file of files) {
        const { input, text } = readBundleFile(file);
        const started = Date.now();
        progress?.start(file);
        // A draft (partial anchors, no hash) is anchored here first, exactly as `npm run anchor` would.
        const result = await ingestBundle(neo4j.graph, bundleForIngestion(input, text), text, {
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
    if (args.includes('--defer-search-index')) {
      const started = Date.now();
      await withSearchIndexDeferred(neo4j.graph, loadAll);
      console.log(`search index rebuilt; ${files.length} files in ${Date.now() - started} ms`);
    } else {
      await loadAll();
    }
    return 0;
  } catch (error) {
    progress?.finish();
    if (error instanceof BundleValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await neo4j.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(failureReport(error));
    process.exit(1);
  },
);
