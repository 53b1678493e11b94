import type { Principal } from '../auth/principal';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { addReviewInput, newId, parseInput } from './inputs';
import { ReviewPayloadRecord } from './payloads';
import { requireReferences } from './references';

/** An editor records a fact-checker's verdict on a stored claim. */
export async function addReview(
  graph: Graph,
  actor: Principal,
  raw: unknown,
): Promise<ReviewPayloadRecord> {
  const input = parseInput(addReviewInput, 'input', raw);
  const id = input.id ?? newId('review');
  return graph.writeTransaction(async (tx) => {
    await requireReferences(
      tx,
      { claims: { 'input.claimId': [input.claimId] } },
      { record: 'review', id },
    );

    const review = {
      id,
      claim: input.claimId,
      author: input.author,
      datePublished: input.datePublished,
      url: input.url ?? null,
      reviewBody: input.reviewBody ?? null,
      rating: input.rating,
    };
    await tx.run('ingest/upsert-reviews', { reviews: [review] });

    const auditId = await recordAudit(tx, actor, {
      action: 'ADD_REVIEW',
      summary: `${input.author} rated claim ${input.claimId} "${input.rating.alternateName}" (${id})`,
      targetIds: [id, input.claimId],
      claimIds: [input.claimId],
      changes: { input: { ...input, id } },
    });
    return { reviewId: id, claimId: input.claimId, auditId };
  });
}
