import { detectConnectionProcedure } from '../connections/search';
import { detectEmbeddings } from '../matching/embedding';
import { cypherStatements } from './cypher';
import { Graph } from './graph';

/**
 * Backfills of values kept at write time, each run once per store (a marker node names it), in
 * this order: claim tallies and time spans for stores written before them, then the timeline's
 * order keys (cypher/timeline/refresh-time-spans) for stores written before those, each through
 * the statements the write paths run over batches of every claim and event id; then the date
 * tallies, counted from scratch from the order keys in one statement (`rebuild`).
 */
export const BACKFILLS: { migration: string; statements?: string[]; rebuild?: string }[] = [
  {
    migration: 'claim-tallies-and-time-spans',
    statements: ['timeline/refresh-time-spans', 'claims/refresh-claim-tallies'],
  },
  { migration: 'timeline-order-keys', statements: ['timeline/refresh-time-spans'] },
  { migration: 'date-tallies', rebuild: 'timeline/rebuild-date-tallies' },
];

/** Applies constraints and indexes from cypher/schema/, then waits until the indexes are online. */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of cypherStatements('schema/constraints')) {
    await graph.runRaw(statement);
  }
  await graph.runRaw('CALL db.awaitIndexes(300)');
  await backfillDerived(graph);
  await backfillMatchText(graph);
  await detectEmbeddings(graph);
  await detectConnectionProcedure(graph);
}

/**
 * matchClaims' matchText for claims that have none: a store written before it was kept, or the
 * offline import's, which writes no derived text. A scan of the claims when there is nothing to do.
 */
async function backfillMatchText(graph: Graph): Promise<void> {
  const ids = (await graph.read<{ id: string }>('matching/find-claims-without-match-text')).map(
    (r) => r.id,
  );
  for (let i = 0; i < ids.length; i += 5000)
    await graph.write('matching/refresh-match-text', { ids: ids.slice(i, i + 5000) });
}

/**
 * Values kept at write time (claim tallies, time spans, date tallies) are computed once for a store written
 * before they were kept, through the same statements the write paths run; a marker node makes
 * it a no-op afterwards. Every write path keeps them from then on.
 */
async function backfillDerived(graph: Graph): Promise<void> {
  for (const { migration, statements = [], rebuild } of BACKFILLS) {
    if (rebuild) {
      const [{ done }] = await graph.read<{ done: boolean }>('schema/find-migration', {
        migration,
      });
      if (!done) await graph.write(rebuild, {});
      await graph.write('schema/mark-backfilled', { migration });
      continue;
    }
    const rows = await graph.write<{ id: string }>('schema/find-items-to-backfill', { migration });
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 10000) {
      const batch = ids.slice(i, i + 10000);
      for (const statement of statements) await graph.write(statement, { ids: batch });
    }
    await graph.write('schema/mark-backfilled', { migration });
  }
}
