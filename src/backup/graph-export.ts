import fs from 'node:fs';
import readline from 'node:readline';
import neo4j, { Driver } from 'neo4j-driver';
import { CliError, EXIT } from '../cli/run-cli';
import { cypher } from '../neo4j/cypher';
import {
  decodeProperties,
  Encoded,
  encodeProperties,
  graphDigest,
  nodeHash,
  relationshipHash,
} from './graph-codec';

/**
 * The complete logical export of a store: every node with its labels and properties and every
 * relationship with its type, properties and ends, as JSON lines. Bundles, claims, corrections,
 * retractions, reviews and the audit trail are all nodes and relationships, so nothing is left
 * out, and a format change in the model needs no change here. The file reloads into an empty
 * store of any Neo4j 5.26 or later (dynamic labels), through Bolt; constraints and indexes come
 * from the service's own schema files, applied before the data.
 *
 * File layout: a header line, one line per node, one per relationship, and a trailer with the
 * counts and the digest, so a truncated file is refused and a reload is checked against it.
 */

export const FORMAT = 'claimgraph-graph-export';
export const VERSION = 1;

interface Header {
  format: typeof FORMAT;
  version: number;
  exportedAt: string;
}
interface NodeLine {
  n: string;
  labels: string[];
  props: Record<string, Encoded>;
}
interface RelationshipLine {
  r: string;
  start: string;
  end: string;
  props: Record<string, Encoded>;
}
interface Trailer {
  end: true;
  nodes: number;
  relationships: number;
  digest: string;
}

export interface GraphSummary {
  nodes: number;
  relationships: number;
  digest: string;
}

export interface Target {
  /** A driver with lossless integers (neo4j-driver's default), so that integers stay integers. */
  driver: Driver;
  database: string;
  /**
   * Transaction timeout of the export's one read and of each load batch. The whole graph is read
   * in one transaction, so the service's per-query timeout (and the embedded Neo4j's default of
   * 30 s) would cut a large export short. Default: one hour.
   */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 3600000;

/**
 * Reads every node, then every relationship, in one read transaction, handing each to `onNode` and
 * `onRelationship` with its content hash, and returns the counts and the digest.
 */
async function walkGraph(
  { driver, database, timeoutMs = DEFAULT_TIMEOUT_MS }: Target,
  onNode: (line: NodeLine) => Promise<void> | void,
  onRelationship: (line: RelationshipLine) => Promise<void> | void,
): Promise<GraphSummary> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const hashes = new Map<string, string>();
        const relationshipHashes: string[] = [];
        for await (const record of tx.run(cypher('backup/export-nodes'))) {
          const line: NodeLine = {
            n: record.get('id') as string,
            labels: record.get('labels') as string[],
            props: encodeProperties(record.get('props') as Record<string, unknown>),
          };
          hashes.set(line.n, nodeHash(line.labels, line.props));
          await onNode(line);
        }
        for await (const record of tx.run(cypher('backup/export-relationships'))) {
          const line: RelationshipLine = {
            r: record.get('type') as string,
            start: record.get('start') as string,
            end: record.get('end') as string,
            props: encodeProperties(record.get('props') as Record<string, unknown>),
          };
          relationshipHashes.push(
            relationshipHash(line.r, line.props, hashes.get(line.start)!, hashes.get(line.end)!),
          );
          await onRelationship(line);
        }
        return {
          nodes: hashes.size,
          relationships: relationshipHashes.length,
          digest: graphDigest([...hashes.values()], relationshipHashes),
        };
      },
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}

/** The digest of a store: equal digests mean the same records, properties and links. */
export function digestGraph(target: Target): Promise<GraphSummary> {
  return walkGraph(
    target,
    () => {},
    () => {},
  );
}

/** Writes the whole store to `file` and returns what it wrote. */
export async function exportGraph(target: Target, file: string): Promise<GraphSummary> {
  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  const write = (value: unknown): Promise<void> => {
    if (out.write(`${JSON.stringify(value)}\n`)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => {
        out.off('drain', onDrain);
        reject(error);
      };
      const onDrain = () => {
        out.off('error', onError);
        resolve();
      };
      out.once('drain', onDrain).once('error', onError);
    });
  };
  try {
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      exportedAt: new Date().toISOString(),
    };
    await write(header);
    const summary = await walkGraph(target, write, write);
    await write({ end: true, ...summary } satisfies Trailer);
    return summary;
  } finally {
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

/** A problem with an export file (naming the line) or with the store it goes into: invalid input, exit 3. */
export class ExportFileError extends CliError {
  override name = 'ExportFileError';
  constructor(message: string) {
    super(message, EXIT.INVALID_INPUT);
  }
}

const BATCH = 1000;

/**
 * Loads an export into an empty store in batches of BATCH and checks the result against the
 * file's trailer: counts and digest. Refuses a store that holds anything, and a file without its
 * trailer (truncated). Returns the summary of the loaded store.
 */
export async function importGraph(
  target: Target,
  file: string,
  onProgress?: (done: { nodes: number; relationships: number }) => void,
): Promise<GraphSummary> {
  const write = async (query: string, rows: unknown[]) => {
    const session = target.driver.session({ database: target.database });
    try {
      return await session.executeWrite((tx) => tx.run(cypher(query), { rows }), {
        timeout: target.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      });
    } finally {
      await session.close();
    }
  };
  const [counts] = (
    await target.driver.executeQuery(
      cypher('backup/count-records'),
      {},
      { database: target.database },
    )
  ).records;
  const existing = Number(counts.get('nodes'));
  if (existing > 0) {
    throw new ExportFileError(
      `The target store already holds ${existing} nodes; a graph export loads into an empty store only.`,
    );
  }

  const ids = new Map<string, string>();
  let nodes: { id: string; labels: string[]; props: Record<string, unknown> }[] = [];
  let relationships: {
    type: string;
    start: string;
    end: string;
    props: Record<string, unknown>;
  }[] = [];
  let relationshipCount = 0;
  let trailer: Trailer | undefined;
  let lineNumber = 0;

  const flushNodes = async () => {
    if (nodes.length === 0) return;
    const result = await write('backup/import-nodes', nodes);
    for (const record of result.records)
      ids.set(record.get('exported') as string, record.get('id') as string);
    nodes = [];
    onProgress?.({ nodes: ids.size, relationships: relationshipCount });
  };
  const flushRelationships = async () => {
    if (relationships.length === 0) return;
    await write('backup/import-relationships', relationships);
    relationshipCount += relationships.length;
    relationships = [];
    onProgress?.({ nodes: ids.size, relationships: relationshipCount });
  };

  const lines = readline.createInterface({
    input: fs.createReadStream(file, 'utf8'),
    crlfDelay: Infinity,
  });
  for await (const text of lines) {
    lineNumber += 1;
    if (text.trim() === '') continue;
    let line: Header | NodeLine | RelationshipLine | Trailer;
    try {
      line = JSON.parse(text) as Header | NodeLine | RelationshipLine | Trailer;
    } catch (error) {
      throw new ExportFileError(
        `${file}:${lineNumber}: not a JSON line (${(error as Error).message})`,
      );
    }
    if (lineNumber === 1) {
      const header = line as Header;
      if (header.format !== FORMAT || header.version !== VERSION) {
        throw new ExportFileError(
          `${file}:1: not a claimgraph graph export (format ${FORMAT}, version ${VERSION})`,
        );
      }
    } else if ('n' in line) {
      nodes.push({ id: line.n, labels: line.labels, props: decodeProperties(line.props) });
      if (nodes.length >= BATCH) await flushNodes();
    } else if ('r' in line) {
      await flushNodes();
      const start = ids.get(line.start);
      const end = ids.get(line.end);
      if (!start || !end) {
        throw new ExportFileError(
          `${file}:${lineNumber}: relationship to a node the file does not hold`,
        );
      }
      relationships.push({ type: line.r, start, end, props: decodeProperties(line.props) });
      if (relationships.length >= BATCH) await flushRelationships();
    } else if ('end' in line) {
      trailer = line;
    } else {
      throw new ExportFileError(
        `${file}:${lineNumber}: neither a node, a relationship nor the trailer`,
      );
    }
  }
  await flushNodes();
  await flushRelationships();
  if (!trailer) {
    throw new ExportFileError(
      `${file}: no trailer line; the file is truncated. Empty the target store and load a complete export.`,
    );
  }
  const loaded = await digestGraph(target);
  if (
    loaded.nodes !== trailer.nodes ||
    loaded.relationships !== trailer.relationships ||
    loaded.digest !== trailer.digest
  ) {
    throw new ExportFileError(
      `The loaded store does not match ${file}: ${loaded.nodes} nodes, ${loaded.relationships} relationships, digest ${loaded.digest}; ` +
        `the file says ${trailer.nodes}, ${trailer.relationships}, ${trailer.digest}.`,
    );
  }
  return loaded;
}
