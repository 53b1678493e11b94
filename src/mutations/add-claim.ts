import type { Principal } from '../auth/principal';
import { claimRow } from '../ingest/ingest-bundle';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { addClaimInput, newId, parseInput } from './inputs';
import { ClaimPayloadRecord } from './payloads';
import { requireReferences } from './references';
import { refreshSourcing } from './sourcing';

/** An editor adds a claim: its subjects must be stored, its id free. */
export async function addClaim(
  graph: Graph,
  actor: Principal,
  raw: unknown,
): Promise<ClaimPayloadRecord> {
  const input = parseInput(addClaimInput, 'input', raw);
  const id = input.id ?? newId('claim');
  return graph.writeTransaction(async (tx) => {
    await requireReferences(
      tx,
      { subjects: { 'input.subjects': input.subjects } },
      { record: 'claim', id },
    );

    await tx.run('ingest/upsert-claims', {
      claims: [
        claimRow({ id, text: input.text, subjects: input.subjects, appliesTo: input.appliesTo }),
      ],
    });
    await refreshSourcing(tx, [id]);
    await tx.run('timeline/refresh-time-spans', { ids: [id] });

    const auditId = await recordAudit(tx, actor, {
      action: 'ADD_CLAIM',
      summary: `added claim ${id}`,
      targetIds: [id],
      claimIds: [id],
      entityIds: input.subjects,
      changes: { input: { ...input, id } },
    });
    return { claimId: id, auditId };
  });
}
