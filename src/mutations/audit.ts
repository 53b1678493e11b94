import type { Principal } from '../auth/principal';
import { GraphTransaction } from '../neo4j/graph';
import { newId } from './inputs';

export type AuditAction =
  | 'INGEST_BUNDLE'
  | 'ADD_CLAIM'
  | 'ADD_OCCURRENCE'
  | 'ADD_DISPUTE'
  | 'ADD_SUPPORT'
  | 'ADD_REVIEW'
  | 'MERGE_ENTITIES'
  | 'CORRECT_CLAIM'
  | 'RETRACT_CLAIM'
  | 'RETRACT_RELATION';

export interface AuditInput {
  action: AuditAction;
  summary: string;
  targetIds: string[];
  claimIds?: string[];
  entityIds?: string[];
  changes: unknown;
}

/** Audit details are kept readable, not exhaustive: a huge input is cut rather than stored whole. */
const MAX_CHANGES_CHARS = 20000;

/** Records who changed what, in the write's own transaction: no change lands unrecorded. */
export async function recordAudit(
  tx: GraphTransaction,
  actor: Principal,
  entry: AuditInput,
): Promise<string> {
  const id = newId('audit');
  let changes = JSON.stringify(entry.changes);
  if (changes.length > MAX_CHANGES_CHARS)
    changes = JSON.stringify({ truncated: true, start: changes.slice(0, MAX_CHANGES_CHARS) });
  await tx.run('audit/record-audit-entry', {
    entry: {
      id,
      actor: actor.id,
      actorVia: actor.via,
      role: actor.role,
      action: entry.action,
      summary: entry.summary,
      targetIds: entry.targetIds,
      changes,
      claimIds: entry.claimIds ?? [],
      entityIds: entry.entityIds ?? [],
    },
  });
  return id;
}
