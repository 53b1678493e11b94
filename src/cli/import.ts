import path from 'node:path';
import { BundleValidationError } from '../bundle/validate';
import { importBundles, storeProblem } from '../import/run';

const USAGE = `Usage: npm run import -- --store <dir> [--heap 2g] [--pagecache 512m] [--workers N] bundle.json…

Builds a NEW store from bundles with Neo4j's offline importer (neo4j-admin database import full):
every bundle is validated and its entities resolved as \`npm run ingest\` would, sourcing counts
are computed, the graph is written as CSV and loaded, then constraints, indexes and the full-text
index are built. The store folder must hold no database and no Neo4j may be running on it; point
EMBEDDED_NEO4J_DATA_DIR (or the service) at it afterwards. For articles added to a running
service, use \`npm run ingest\` instead.

--workers N: threads that read and validate bundles ahead of the one resolving them in order
(default: one per core; 0 does everything on one thread).`;

async function main(argv: string[]): Promise<number> {
  let store: string | undefined;
  let heap: string | undefined;
  let pageCache: string | undefined;
  let workers: number | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a === '--store') store = argv[++i];
    else if (a === '--heap') heap = argv[++i];
    else if (a === '--pagecache') pageCache = argv[++i];
    else if (a === '--workers') {
      const raw = argv[++i];
      workers = Number(raw);
      if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
        console.error(`--workers takes a whole number from 0 to 64, got "${raw}".\n\n${USAGE}`);
        return 2;
      }
    } else if (a.startsWith('--')) {
      console.error(`Unknown option ${a}.\n\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (!store || files.length === 0) {
    console.error(`--store and at least one bundle are required.\n\n${USAGE}`);
    return 2;
  }
  const problem = storeProblem(store);
  if (problem) {
    console.error(problem);
    return 1;
  }
  try {
    const report = await importBundles(
      files.map((file) => ({ file: path.resolve(file) })),
      { store, heap, pageCache, workers },
    );
    console.log(JSON.stringify(report, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof BundleValidationError) {
      console.error(`A bundle is invalid; nothing was imported:\n${error.message}`);
      return 1;
    }
    console.error((error as Error).message);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
