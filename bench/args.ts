import { parseArgs } from 'node:util';

/** Graph sizes by name; each gets its own store folder, kept between runs. */
export const SIZES: Record<string, number> = {
  '1k': 1_000,
  '10k': 10_000,
  '100k': 100_000,
  '1m': 1_000_000,
};

export interface BenchArgs {
  sizes: string[];
  seed: number;
  claimsPerBundle: number;
  heap: string;
  pageCache: string;
  /** Folder prefix of the per-size stores: <prefix>-<size>. */
  dataPrefix: string;
  connections: number;
  /** Measured seconds per operation and target, split over `rounds` interleaved stretches. */
  durationSeconds: number;
  rounds: number;
  warmupSeconds: number;
  /** Only build (or finish building) the graphs; no load test. */
  ingestOnly: boolean;
  /** Bulk mode: drop the full-text index while the graph loads and rebuild it after (src/ingest/bulk.ts). */
  deferSearchIndex: boolean;
  /** Build a missing store with the offline importer (npm run import) instead of ingestBundle. */
  import: boolean;
  /** The import's preparing threads (src/import/pool.ts); undefined: one per core. */
  importWorkers?: number;
  /** Run the claimgraph service with --cpu-prof and summarise where its time went. */
  cpuProfile: boolean;
  /** Operations to run, all when empty. */
  ops: string[];
  /** Targets to load, all when empty: claimgraph, cypher, neo4j-graphql. */
  targets: string[];
}

const USAGE = `npm run bench -- [--sizes 10k,100k,1m] [--seed 42] [--claims-per-bundle 10000]
  [--heap 4g] [--pagecache 4g] [--data-prefix /tmp/claimgraph-bench]
  [--connections 4] [--duration 15] [--rounds 3] [--warmup 3] [--ops provenance,disputed,...] [--targets claimgraph,cypher,neo4j-graphql] [--ingest-only] [--defer-search-index] [--import [--import-workers 2]] [--cpu-prof]`;

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a whole number of at least 1, got "${raw}"\n${USAGE}`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '10k,100k,1m' },
      seed: { type: 'string', default: '42' },
      'claims-per-bundle': { type: 'string', default: '10000' },
      heap: { type: 'string', default: '4g' },
      pagecache: { type: 'string', default: '4g' },
      'data-prefix': { type: 'string', default: '/tmp/claimgraph-bench' },
      connections: { type: 'string', default: '4' },
      duration: { type: 'string', default: '15' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '3' },
      ops: { type: 'string', default: '' },
      targets: { type: 'string', default: '' },
      'ingest-only': { type: 'boolean', default: false },
      'defer-search-index': { type: 'boolean', default: false },
      'cpu-prof': { type: 'boolean', default: false },
      import: { type: 'boolean', default: false },
      'import-workers': { type: 'string' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((s) => s.trim().toLowerCase());
  for (const s of sizes)
    if (!(s in SIZES))
      throw new Error(`--sizes takes ${Object.keys(SIZES).join(', ')}, got "${s}"\n${USAGE}`);
  const list = (raw: string) =>
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return {
    sizes,
    seed: positiveInt('seed', values.seed),
    claimsPerBundle: positiveInt('claims-per-bundle', values['claims-per-bundle']),
    heap: values.heap,
    pageCache: values.pagecache,
    dataPrefix: values['data-prefix'],
    connections: positiveInt('connections', values.connections),
    durationSeconds: positiveInt('duration', values.duration),
    rounds: positiveInt('rounds', values.rounds),
    warmupSeconds: Number(values.warmup),
    ingestOnly: values['ingest-only'],
    deferSearchIndex: values['defer-search-index'],
    cpuProfile: values['cpu-prof'],
    import: values.import,
    importWorkers:
      values['import-workers'] === undefined
        ? undefined
        : values['import-workers'] === '0'
          ? 0
          : positiveInt('import-workers', values['import-workers']),
    ops: list(values.ops),
    targets: list(values.targets),
  };
}
