import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import { nameKey } from '../bundle/names';
import { Bundle } from '../bundle/schema';
import {
  BundleValidationError,
  Problem,
  StoredReference,
  validateBundle,
  type Validation,
} from '../bundle/validate';
import { encodeDate, type FuzzyDate } from '../fuzzy-date';
import { relayProblem, reporterProblem, restatedClaimProblem } from '../domain/rules';
import { embeddingsAvailable } from '../matching/embedding';
import { Graph, GraphTransaction } from '../neo4j/graph';

/** A claim as ingest/upsert-claims writes it: its period as the stored date properties. */
export const claimRow = (
  c: Pick<Bundle['claims'][number], 'id' | 'text' | 'subjects' | 'appliesTo'>,
) => ({
  id: c.id,
  text: c.text,
  subjects: c.subjects,
  dates: encodeDate('applies', c.appliesTo),
});

/** An occurrence's dates as ingest/upsert-occurrences writes them: when it was said and published. */
export const occurrenceDates = (
  said: Partial<FuzzyDate> | null | undefined,
  published: Partial<FuzzyDate> | null | undefined,
) => ({ ...encodeDate('said', said), ...encodeDate('published', published) });

/** A bundle that passed validation, with its text and the stored ids it names. */
export type ValidBundle = Extract<Validation, { ok: true }>;

/** The write steps of an ingestion, in the order they run. */
export const INGEST_STEPS = [
  'entities',
  'roles',
  'source',
  'events',
  'claims',
  'occurrences',
  'chains',
  'disputes',
  'supports',
  'reviews',
  'sourcing',
] as const;

/** Where an ingestion stands: rows of the current step written so far, out of the step's rows. */
export interface IngestProgress {
  step: (typeof INGEST_STEPS)[number];
  /** 1-based position of the step in INGEST_STEPS. */
  stepNumber: number;
  steps: number;
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Rows per UNWIND statement; every batch still runs in the one transaction. */
  batchSize?: number;
  /** Called before each write step; a test seam for proving that a failed step leaves nothing. */
  beforeStep?: (step: string) => void | Promise<void>;
  /** Runs last inside the ingestion's transaction, before it commits: a measurement seam (bench/ingest.ts marks the commit). */
  inTransaction?: (tx: GraphTransaction, result: IngestResult) => Promise<void>;
  /** Called as each step starts and after each batch, for progress displays. */
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestResult {
  bundleId: string;
  sourceId: string;
  /** Bundle entity id → stored entity id, for entities merged into ones already in the graph. */
  merged: Record<string, string>;
  counts: {
    entities: number;
    events: number;
    claims: number;
    occurrences: number;
    relations: number;
    reviews: number;
  };
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Hearsay depth of each occurrence: 1 for the original speaker, +1 for each relaying hop. A hop
 * that relays a stored occurrence (of another source) counts on from that hop's stored depth.
 */
function depths(bundle: Bundle, storedDepths: Map<string, number>): Map<string, number> {
  const byId = new Map(bundle.occurrences.map((o) => [o.id, o]));
  const memo = new Map(storedDepths);
  const depth = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const from = byId.get(id)?.quotedFrom;
    const d = from === undefined ? 1 : depth(from) + 1;
    memo.set(id, d);
    return d;
  };
  for (const o of bundle.occurrences) depth(o.id);
  return memo;
}

/** Counts and offsets are stored as Neo4j integers; JavaScript numbers would travel as floats. */
const intOrNull = (n: number | undefined) => (n === undefined ? null : neo4j.int(n));

/** The rows of ingest/upsert-entities and ingest/resolve-entities: names with their normalized keys. */
export function entityRows(bundle: Bundle) {
  return bundle.entities.map((e) => {
    const names = [...new Set([e.name, ...e.aliases])];
    const keys = names.map(nameKey);
    // Two spellings with one key would add one alias twice; keep the first.
    const unique = keys.map((k, i) => keys.indexOf(k) === i);
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      names: names.filter((_, i) => unique[i]),
      keys: keys.filter((_, i) => unique[i]),
      description: e.description ?? null,
      sameAs: e.sameAs,
      descriptor: e.anonymous?.descriptor ?? null,
      affiliation: e.anonymous?.affiliation ?? null,
      countMin: intOrNull(e.anonymous?.count?.min),
      countMax: intOrNull(e.anonymous?.count?.max),
      partOf: e.partOf ?? null,
    };
  });
}

/** Rewrites every entity reference of the bundle to the stored entity it resolved to. */
export function applyEntityMapping(bundle: Bundle, map: Map<string, string>): Bundle {
  if (map.size === 0) return bundle;
  const to = (id: string) => map.get(id) ?? id;
  return {
    ...bundle,
    source: { ...bundle.source, publisher: to(bundle.source.publisher) },
    entities: bundle.entities.map((e) => ({
      ...e,
      id: to(e.id),
      partOf: e.partOf && to(e.partOf),
      roles: e.roles.map((r) => ({ ...r, of: r.of && to(r.of) })),
    })),
    events: bundle.events.map((ev) => ({
      ...ev,
      places: ev.places.map(to),
      participants: ev.participants.map(to),
    })),
    claims: bundle.claims.map((c) => ({ ...c, subjects: c.subjects.map(to) })),
    occurrences: bundle.occurrences.map((o) => ({
      ...o,
      speaker: to(o.speaker),
      reportedBy: to(o.reportedBy),
    })),
  };
}

interface StoredRecords {
  entities: { id: string; kind: string }[];
  subjects: string[];
  claims: { id: string; text: string; earlierTexts: string[] }[];
  occurrences: { id: string; claimId: string; depth: number | null }[];
}

/**
 * Looks up, in the ingestion's transaction, every stored record the bundle names without
 * declaring it, and the stored text of every claim it restates. Refuses the bundle, listing every
 * id that is not stored with its path, every reference of the wrong kind and every restated claim
 * whose text differs from the stored one. Returns the stored depth of each relayed occurrence.
 */
export async function lookUpStoredReferences(
  tx: GraphTransaction,
  bundle: Bundle,
  references: StoredReference[],
): Promise<Map<string, number>> {
  const ids = (kind: StoredReference['kind']) => [
    ...new Set(references.filter((r) => r.kind === kind).map((r) => r.id)),
  ];
  const [found] = await tx.run<StoredRecords>('ingest/find-stored-references', {
    entities: ids('entity'),
    subjects: ids('subject'),
    claims: [...new Set([...ids('claim'), ...bundle.claims.map((c) => c.id)])],
    occurrences: ids('occurrence'),
  });
  const entities = new Map(found.entities.map((e) => [e.id, e.kind]));
  const subjects = new Set(found.subjects);
  const claims = new Map(found.claims.map((c) => [c.id, c]));
  const occurrences = new Map(found.occurrences.map((o) => [o.id, o]));
  const what = {
    entity: 'entity',
    subject: 'entity or event',
    claim: 'claim',
    occurrence: 'occurrence',
  };

  const problems: Problem[] = [];
  for (const ref of references) {
    const known =
      ref.kind === 'entity'
        ? entities.has(ref.id)
        : ref.kind === 'subject'
          ? subjects.has(ref.id)
          : ref.kind === 'claim'
            ? claims.has(ref.id)
            : occurrences.has(ref.id);
    if (!known) {
      problems.push({
        path: ref.path,
        message: `unknown ${what[ref.kind]} "${ref.id}": not declared in this bundle and not stored in the graph`,
      });
      continue;
    }
    const problem =
      ref.outlet === true
        ? reporterProblem(ref.id, entities.get(ref.id)!)
        : ref.claim !== undefined
          ? relayProblem(ref.id, occurrences.get(ref.id)!.claimId, ref.claim)
          : undefined;
    if (problem) problems.push({ path: ref.path, message: problem });
  }
  bundle.claims.forEach((c, i) => {
    const stored = claims.get(c.id);
    const problem =
      stored === undefined || stored.earlierTexts.includes(c.text)
        ? undefined
        : restatedClaimProblem(c.id, stored.text, c.text);
    if (problem) problems.push({ path: `claims[${i}].text`, message: problem });
  });
  if (problems.length > 0) throw new BundleValidationError(problems);
  return new Map(found.occurrences.map((o) => [o.id, Number(o.depth ?? 1)]));
}

const hash = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** The hash a stored Bundle node keeps of the document it was loaded from. */
export const bundleHash = (input: unknown) => `sha256:${hash(JSON.stringify(input))}`;

/**
 * Writes one article bundle in one transaction: validation first, so an invalid bundle writes
 * nothing; MERGE everywhere, so loading it twice changes nothing; entities resolved by id, then by
 * name or alias, so a second article that says "Elon Musk" joins the node that is already there.
 */
export async function ingestBundle(
  graph: Graph,
  input: unknown,
  text?: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const validation = validateBundle(input, text);
  if (!validation.ok) throw new BundleValidationError(validation.problems);
  return graph.ingestTransaction((tx) => writeBundle(tx, input, validation, options));
}

/**
 * The writes of a validated bundle, in a transaction the caller opens, so that a caller can
 * compose them with its own writes (the ingestBundle mutation adds its audit entry).
 */
export async function writeBundle(
  tx: GraphTransaction,
  input: unknown,
  validation: ValidBundle,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const parsed = validation.bundle;
  const batchSize = options.batchSize ?? 2000;
  const beforeStep = options.beforeStep ?? (() => undefined);
  const progress = (step: IngestProgress['step'], done: number, total: number) =>
    options.onProgress?.({
      step,
      stepNumber: INGEST_STEPS.indexOf(step) + 1,
      steps: INGEST_STEPS.length,
      done,
      total,
    });

  const runBatched = async (
    step: IngestProgress['step'],
    query: string,
    key: string,
    rows: unknown[],
    extra: Record<string, unknown> = {},
  ) => {
    await beforeStep(step);
    progress(step, 0, rows.length);
    let done = 0;
    for (const batch of chunks(rows, batchSize)) {
      await tx.run(query, { ...extra, [key]: batch });
      done += batch.length;
      progress(step, done, rows.length);
    }
  };

  const stored = await tx.run<{ contentHash: string }>('ingest/find-source-hash', {
    id: parsed.source.id,
  });
  if (stored.length > 0 && stored[0].contentHash !== parsed.source.contentHash) {
    throw new BundleValidationError([
      {
        path: 'source.contentHash',
        message: `source "${parsed.source.id}" is already stored with another text (${stored[0].contentHash}); give the new text its own source id`,
      },
    ]);
  }

  const storedDepths = await lookUpStoredReferences(tx, parsed, validation.stored);

  const rows = entityRows(parsed);
  const merged: Record<string, string> = {};
  for (const batch of chunks(rows, batchSize)) {
    const resolved = await tx.run<{ localId: string; storedId: string | null }>(
      'ingest/resolve-entities',
      { entities: batch },
    );
    for (const r of resolved)
      if (r.storedId && r.storedId !== r.localId) merged[r.localId] = r.storedId;
  }
  const bundle = applyEntityMapping(parsed, new Map(Object.entries(merged)));
  const depthOf = depths(bundle, storedDepths);

  const entityRowsToWrite = entityRows(bundle);
  await runBatched('entities', 'ingest/upsert-entities', 'entities', entityRowsToWrite);
  const groups = entityRowsToWrite.filter((e) => e.partOf !== null);
  if (groups.length > 0) await tx.run('ingest/link-entity-groups', { entities: groups });
  const roles = bundle.entities.flatMap((e) =>
    e.roles.map((r) => ({
      ...r,
      holder: e.id,
      of: r.of ?? null,
      dates: encodeDate('period', r.period),
      id: `role:${hash(`${e.id}|${r.title}|${r.of ?? ''}`).slice(0, 24)}`,
    })),
  );
  await runBatched('roles', 'ingest/upsert-roles', 'roles', roles);
  await beforeStep('source');
  progress('source', 0, 1);
  await tx.run('ingest/upsert-source', {
    source: {
      ...bundle.source,
      text: validation.text,
      dates: encodeDate('published', bundle.source.published),
    },
    furniture: bundle.furniture,
    bundleId: bundle.id,
    bundleHash: bundleHash(input),
  });
  progress('source', 1, 1);
  const events = bundle.events.map((ev) => ({ ...ev, dates: encodeDate('date', ev.date) }));
  await runBatched('events', 'ingest/upsert-events', 'events', events);
  const claims = bundle.claims.map(claimRow);
  await runBatched('claims', 'ingest/upsert-claims', 'claims', claims);
  const occurrences = bundle.occurrences.map(({ said, published, ...o }) => ({
    ...o,
    depth: intOrNull(depthOf.get(o.id)),
    anchor: { ...o.anchor, start: neo4j.int(o.anchor.start), end: neo4j.int(o.anchor.end) },
    dates: occurrenceDates(said, published ?? bundle.source.published),
    stance: o.stance ?? 'REPORTS',
  }));
  await runBatched('occurrences', 'ingest/upsert-occurrences', 'occurrences', occurrences, {
    sourceId: bundle.source.id,
  });
  const links = bundle.occurrences
    .filter((o) => o.quotedFrom)
    .map((o) => ({ from: o.id, to: o.quotedFrom }));
  await runBatched('chains', 'ingest/link-reporting-chains', 'links', links);
  await runBatched(
    'disputes',
    'ingest/upsert-disputes',
    'relations',
    bundle.relations.filter((r) => r.kind === 'DISPUTES'),
  );
  await runBatched(
    'supports',
    'ingest/upsert-supports',
    'relations',
    bundle.relations.filter((r) => r.kind === 'SUPPORTS'),
  );
  await runBatched('reviews', 'ingest/upsert-reviews', 'reviews', bundle.reviews);
  // Claims this bundle declares, gives occurrences to, or disputes or supports; the refresh
  // adds the claims those support.
  const touched = [
    ...new Set([
      ...bundle.claims.map((c) => c.id),
      ...bundle.occurrences.map((o) => o.claim),
      ...bundle.relations.map((r) => r.to),
    ]),
  ];
  await runBatched('sourcing', 'ingest/refresh-claim-sourcing', 'ids', touched);
  await runBatched('sourcing', 'claims/refresh-claim-tallies', 'ids', touched);
  await runBatched('sourcing', 'matching/refresh-match-text', 'ids', touched);
  if (embeddingsAvailable())
    await runBatched('sourcing', 'matching/refresh-match-embedding', 'ids', touched);
  await runBatched(
    'sourcing',
    'timeline/refresh-time-spans',
    'ids',
    [...bundle.claims, ...bundle.events].map((x) => x.id),
  );

  const result: IngestResult = {
    bundleId: bundle.id,
    sourceId: bundle.source.id,
    merged,
    counts: {
      entities: bundle.entities.length,
      events: bundle.events.length,
      claims: bundle.claims.length,
      occurrences: bundle.occurrences.length,
      relations: bundle.relations.length,
      reviews: bundle.reviews.length,
    },
  };
  await options.inTransaction?.(tx, result);
  return result;
}
