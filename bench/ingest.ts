import fs from 'node:fs';
import { ingestBundle } from '../src/ingest/ingest-bundle';
import { Graph } from '../src/neo4j/graph';
import { generateBundle, GeneratedBundle, GraphSpec, World } from './generate';
import { memoryOf, RssSampler } from './neo4j';

export interface BundleTiming {
  bundle: number;
  claims: number;
  occurrences: number;
  /** Wall time of ingestBundle (validation + the one write transaction). */
  ingestMs: number;
}

export interface IngestReport {
  spec: GraphSpec;
  /** Bundles stored so far; a run resumes after the last one. */
  done: number;
  bundles: BundleTiming[];
  /** Claims per second over the bundles ingested in this report, generation included. */
  claimsPerSecond?: number;
  wallSeconds?: number;
  nodePeakRssMiB?: number;
  neo4jPeakRssMiB?: number;
  /** True when the bundles were spread over more than one run (stopped and resumed). */
  resumed?: boolean;
}

/**
 * Writes the synthetic graph through ingestBundle, one bundle (one transaction) after another,
 * generating bundle k+1 while Neo4j works on bundle k. Progress is saved after every bundle, so
 * an interrupted 1M-claim load resumes where it stopped instead of starting over.
 */
export async function ingestGraph(graph: Graph, spec: GraphSpec, progressFile: string, neo4jPid: number, log: (line: string) => void): Promise<IngestReport> {
  const world = new World(spec);
  let report: IngestReport = { spec, done: 0, bundles: [] };
  if (fs.existsSync(progressFile)) {
    const saved = JSON.parse(fs.readFileSync(progressFile, 'utf8')) as IngestReport;
    if (JSON.stringify(saved.spec) === JSON.stringify(spec)) report = saved;
  }
  if (report.done >= world.bundles) return report;
  if (report.done > 0) report.resumed = true;

  const node = new RssSampler('self');
  const java = new RssSampler(neo4jPid);
  const started = Date.now();
  let claims = 0;
  let next: GeneratedBundle | undefined = generateBundle(world, report.done);
  for (let k = report.done; k < world.bundles; k++) {
    const current = next!;
    const t0 = Date.now();
    const writing = ingestBundle(graph, current.input);
    // Validation ran synchronously inside the call above; build the next bundle while Neo4j writes.
    next = k + 1 < world.bundles ? generateBundle(world, k + 1) : undefined;
    await writing;
    const ingestMs = Date.now() - t0;
    claims += current.claims;
    report.bundles.push({ bundle: k, claims: current.claims, occurrences: current.occurrences, ingestMs });
    report.done = k + 1;
    fs.writeFileSync(progressFile, JSON.stringify(report, null, 1));
    const elapsed = (Date.now() - started) / 1000;
    log(
      `  bundle ${k + 1}/${world.bundles}: ${current.claims} claims, ${current.occurrences} occurrences in ${ingestMs} ms; ` +
        `${Math.round(claims / elapsed)} claims/s so far; Neo4j RSS ${memoryOf(neo4jPid).rssMiB} MiB`,
    );
  }
  const wallSeconds = (Date.now() - started) / 1000;
  report.wallSeconds = Math.round(wallSeconds * 10) / 10;
  report.claimsPerSecond = Math.round(claims / wallSeconds);
  report.nodePeakRssMiB = node.stop();
  report.neo4jPeakRssMiB = Math.max(java.stop(), memoryOf(neo4jPid).peakMiB);
  fs.writeFileSync(progressFile, JSON.stringify(report, null, 1));
  return report;
}
