import type { Principal } from '../auth/principal';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { addRelationInput, newId, parseInput } from './inputs';
import { RelationPayloadRecord } from './payloads';
import { requireReferences } from './references';
import { refreshSourcing } from './sourcing';

/** An editor records that one stored claim disputes or supports another, with its evidence. */
export async function addRelation(
  graph: Graph,
  actor: Principal,
  kind: 'DISPUTES' | 'SUPPORTS',
  raw: unknown,
): Promise<RelationPayloadRecord> {
  const input = parseInput(addRelationInput(kind), 'input', raw);
  const id = input.id ?? newId('rel');
  return graph.writeTransaction(async (tx) => {
    await requireReferences(
      tx,
      {
        claims: { 'input.fromClaimId': [input.fromClaimId], 'input.toClaimId': [input.toClaimId] },
        occurrences: { 'input.evidence': input.evidence },
      },
      { record: 'relation', id },
    );

    const relation = {
      id,
      from: input.fromClaimId,
      to: input.toClaimId,
      evidence: input.evidence,
      note: input.note ?? null,
    };
    await tx.run(kind === 'DISPUTES' ? 'ingest/upsert-disputes' : 'ingest/upsert-supports', {
      relations: [relation],
    });
    await refreshSourcing(tx, [input.toClaimId]);

    const auditId = await recordAudit(tx, actor, {
      action: kind === 'DISPUTES' ? 'ADD_DISPUTE' : 'ADD_SUPPORT',
      summary: `${input.fromClaimId} ${kind === 'DISPUTES' ? 'disputes' : 'supports'} ${input.toClaimId} (${id})`,
      targetIds: [id, input.fromClaimId, input.toClaimId],
      claimIds: [input.fromClaimId, input.toClaimId],
      changes: { input: { ...input, id } },
    });
    return { ...relation, kind, auditId };
  });
}
