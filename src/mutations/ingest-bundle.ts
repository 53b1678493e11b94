import type { Principal } from '../auth/principal';
import { BundleValidationError, validateBundle } from '../bundle/validate';
import { writeBundle } from '../ingest/ingest-bundle';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { InvalidInputError } from './errors';
import { IngestPayloadRecord } from './payloads';

/**
 * An admin ingests a whole bundle through the one ingestion path, its text given inline; the
 * bundle and its audit entry land in one transaction, or neither does.
 */
export async function ingestBundle(
  graph: Graph,
  actor: Principal,
  bundle: unknown,
): Promise<IngestPayloadRecord> {
  const source = (bundle as { source?: { textFile?: unknown } } | null)?.source;
  if (source && typeof source === 'object' && 'textFile' in source)
    throw new InvalidInputError('bundle', [
      {
        path: 'source.textFile',
        message:
          "the API takes the text itself in source.text; textFile names a file on the curator's disk",
      },
    ]);
  const validation = validateBundle(bundle);
  if (!validation.ok) throw new InvalidInputError('bundle', validation.problems);

  return graph.ingestTransaction(async (tx) => {
    const result = await writeBundle(tx, bundle, validation).catch((error: unknown) => {
      // Stored ids the bundle names are looked up in this transaction: they can refuse it too.
      if (error instanceof BundleValidationError)
        throw new InvalidInputError('bundle', error.problems);
      throw error;
    });
    const auditId = await recordAudit(tx, actor, {
      action: 'INGEST_BUNDLE',
      summary: `ingested bundle ${result.bundleId}: ${result.counts.claims} claims, ${result.counts.occurrences} occurrences, ${result.counts.entities} entities`,
      targetIds: [result.bundleId, result.sourceId],
      changes: {
        bundleId: result.bundleId,
        sourceId: result.sourceId,
        counts: result.counts,
        merged: result.merged,
      },
    });
    return { ...result, auditId };
  });
}
