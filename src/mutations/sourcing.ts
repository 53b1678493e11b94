import { refreshMatchText } from '../matching/embedding';
import { GraphTransaction } from '../neo4j/graph';

/**
 * Counts sourcing again for claims a write touched (and the claims they support), then moves
 * them between the claim tallies that filtered pages read their totals from, and writes the
 * touched claims' matchText and embedding again (their text and occurrences, for matchClaims).
 */
export async function refreshSourcing(tx: GraphTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.run('ingest/refresh-claim-sourcing', { ids });
  await tx.run('claims/refresh-claim-tallies', { ids });
  await refreshMatchText(tx, ids);
}
