import type { Principal } from '../auth/principal';
import { Graph } from '../neo4j/graph';
import { CorrectionRecord } from '../repositories/history';
import { recordAudit } from './audit';
import { InvalidInputError } from './errors';
import { newId, parseInput, retractRelationInput } from './inputs';
import { RelationRetractionPayloadRecord } from './payloads';
import { refreshSourcing } from './sourcing';

/**
 * An editor retracts a dispute or support: the relation stays, stamped with its retraction, and
 * only its shortcut goes; the sourcing of the claim it pointed at is counted again.
 */
export async function retractRelation(
  graph: Graph,
  actor: Principal,
  raw: unknown,
): Promise<RelationRetractionPayloadRecord> {
  const input = parseInput(retractRelationInput, 'input', raw);
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run<{
      relation: {
        id: string;
        kind: string;
        retractedAt: string | null;
        fromId: string;
        toId: string;
      };
    }>('corrections/lock-relation', { id: input.relationId });
    if (!row)
      throw new InvalidInputError('input', [
        {
          path: 'input.relationId',
          message: `no dispute or support with id "${input.relationId}"`,
        },
      ]);
    if (row.relation.retractedAt)
      throw new InvalidInputError('input', [
        {
          path: 'input.relationId',
          message: `"${input.relationId}" was already retracted at ${row.relation.retractedAt}`,
        },
      ]);
    const [{ correction }] = await tx.run<{ correction: CorrectionRecord }>(
      'corrections/retract-relation',
      {
        id: input.relationId,
        correction: { id: newId('correction'), by: actor.id, reason: input.reason },
      },
    );
    await refreshSourcing(tx, [row.relation.toId]);
    const auditId = await recordAudit(tx, actor, {
      action: 'RETRACT_RELATION',
      summary: `retracted ${row.relation.kind.toLowerCase()} relation ${input.relationId} (${row.relation.fromId} → ${row.relation.toId})`,
      targetIds: [input.relationId, row.relation.fromId, row.relation.toId],
      claimIds: [row.relation.fromId, row.relation.toId],
      changes: { reason: input.reason, relation: row.relation },
    });
    return {
      relationId: input.relationId,
      fromId: row.relation.fromId,
      toId: row.relation.toId,
      correction,
      auditId,
    };
  });
}
