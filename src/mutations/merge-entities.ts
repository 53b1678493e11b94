import type { Principal } from '../auth/principal';
import { Problem } from '../bundle/validate';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { UnsupportedError } from './errors';
import { mergeEntitiesInput, parseInput } from './inputs';
import { MergePayloadRecord } from './payloads';
import { refuseIfAny } from './references';
import { refreshSourcing } from './sourcing';

/**
 * An admin merges a duplicate entity into the one that survives: every relationship moves, its
 * names become aliases, and the sourcing of the claims it speaks in is counted again.
 */
export async function mergeEntities(
  graph: Graph,
  actor: Principal,
  raw: unknown,
): Promise<MergePayloadRecord> {
  const input = parseInput(mergeEntitiesInput, 'input', raw);
  return graph.writeTransaction(async (tx) => {
    const rows = await tx.run<{
      entity: { id: string; kind: string; name: string; [k: string]: unknown };
    }>('mutations/lock-entities', input);
    const survivor = rows.find((r) => r.entity.id === input.survivorId)?.entity;
    const duplicate = rows.find((r) => r.entity.id === input.duplicateId)?.entity;
    const problems: Problem[] = [];
    if (!survivor)
      problems.push({
        path: 'input.survivorId',
        message: `no entity with id "${input.survivorId}"`,
      });
    if (!duplicate)
      problems.push({
        path: 'input.duplicateId',
        message: `no entity with id "${input.duplicateId}"`,
      });
    if (survivor && duplicate && survivor.kind !== duplicate.kind) {
      problems.push({
        path: 'input.duplicateId',
        message: `"${duplicate.id}" is a ${duplicate.kind} and "${survivor.id}" a ${survivor.kind}; only entities of one kind can be one`,
      });
    }
    refuseIfAny(problems);
    const [{ moved }] = await tx.run<{ moved: number }>(
      'mutations/merge-entity-relationships',
      input,
    );
    const [{ types }] = await tx.run<{ types: string[] }>(
      'mutations/find-entity-relationship-types',
      { id: input.duplicateId },
    );
    if (types.length > 0) {
      // Refusing is the safe failure: deleting the duplicate now would lose these relationships.
      throw new UnsupportedError(
        `mergeEntities cannot move ${types.join(', ')} relationships yet, so nothing was merged; add them to cypher/mutations/merge-entity-relationships.cypher`,
        { types },
      );
    }
    const [{ ids }] = await tx.run<{ ids: string[] }>('mutations/find-claims-spoken-by', {
      id: input.survivorId,
    });
    await tx.run('mutations/absorb-duplicate-entity', input);
    await refreshSourcing(tx, ids);
    const auditId = await recordAudit(tx, actor, {
      action: 'MERGE_ENTITIES',
      summary: `merged ${input.duplicateId} ("${duplicate!.name}") into ${input.survivorId} ("${survivor!.name}"): ${moved} relationships moved`,
      targetIds: [input.survivorId, input.duplicateId],
      entityIds: [input.survivorId],
      changes: { reason: input.reason, moved, duplicate, survivorBefore: survivor },
    });
    return { survivorId: input.survivorId, duplicateId: input.duplicateId, moved, auditId };
  });
}
