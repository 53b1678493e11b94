import type { Principal } from '../auth/principal';
import { copyDate, encodeDate } from '../fuzzy-date';
import { refreshMatchText } from '../matching/embedding';
import { Graph } from '../neo4j/graph';
import { ClaimStateRecord, CorrectionRecord } from '../repositories/history';
import { AuditAction, recordAudit } from './audit';
import { ConflictError, InvalidInputError } from './errors';
import { newId, parseInput, recordCorrectionInput, retractClaimInput } from './inputs';
import { CorrectionPayloadRecord } from './payloads';

/** A claim's editable state with its id, as the write lock reads it. */
export type ClaimState = ClaimStateRecord & { id: string };

export interface EditOptions {
  /** Test seam: runs inside a claim edit between reading the version and writing, to widen the race window. */
  afterVersionRead?: (claimId: string) => Promise<void>;
}

const editable = (c: ClaimState) => ({
  text: c.text,
  ...copyDate(c, 'applies'),
  retracted: c.retracted,
});

/** The state a correction replaces, as the Correction node keeps it. */
const previous = (c: ClaimState) => ({
  previousText: c.text,
  ...copyDate(c, 'applies', 'previousApplies'),
  previousRetracted: c.retracted,
});

/** An editor corrects a claim's words or period; the state it replaces is kept. */
export function recordCorrection(
  graph: Graph,
  actor: Principal,
  raw: unknown,
  options: EditOptions = {},
): Promise<CorrectionPayloadRecord> {
  const input = parseInput(recordCorrectionInput, 'input', raw);
  return editClaim(graph, actor, input, options, (current) => {
    const before = editable(current);
    const next = {
      ...before,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.appliesTo !== undefined ? encodeDate('applies', input.appliesTo) : {}),
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => next[k] !== before[k],
    );
    const fields = [...new Set(changed.map((k) => (k.startsWith('applies') ? 'appliesTo' : k)))];
    if (fields.length === 0)
      throw new InvalidInputError('input', [
        {
          path: 'input.text',
          message: 'the correction changes nothing: text and appliesTo already have these values',
        },
      ]);
    return { kind: 'CORRECTION' as const, action: 'CORRECT_CLAIM' as const, next, fields };
  });
}

/** An editor retracts a claim; it stays, marked retracted, with the state before kept. */
export function retractClaim(
  graph: Graph,
  actor: Principal,
  raw: unknown,
  options: EditOptions = {},
): Promise<CorrectionPayloadRecord> {
  const input = parseInput(retractClaimInput, 'input', raw);
  return editClaim(graph, actor, input, options, (current) => {
    if (current.retracted)
      throw new InvalidInputError('input', [
        { path: 'input.claimId', message: `claim "${current.id}" is already retracted` },
      ]);
    return {
      kind: 'RETRACTION' as const,
      action: 'RETRACT_CLAIM' as const,
      next: { ...editable(current), retracted: true },
      fields: ['retracted'],
    };
  });
}

/**
 * Optimistic concurrency for claim edits: the claim's write lock is taken before its version is
 * read, so of two editors who saw the same version exactly one succeeds and the other gets
 * CONFLICT with the current version, to re-read and reapply. No update is lost.
 */
async function editClaim(
  graph: Graph,
  actor: Principal,
  {
    claimId,
    expectedVersion,
    reason,
  }: { claimId: string; expectedVersion: number; reason: string },
  options: EditOptions,
  change: (current: ClaimState) => {
    kind: 'CORRECTION' | 'RETRACTION';
    action: AuditAction;
    next: ReturnType<typeof editable>;
    fields: string[];
  },
) {
  return graph.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ claim: ClaimState }>('corrections/lock-claim', { id: claimId });
    if (!row)
      throw new InvalidInputError('input', [
        { path: 'input.claimId', message: `no claim with id "${claimId}"` },
      ]);
    const current = row.claim;
    await options.afterVersionRead?.(claimId);
    if (current.version !== expectedVersion) {
      throw new ConflictError(
        `claim "${claimId}" is at version ${current.version}, not the expectedVersion ${expectedVersion}: it changed since it was read. Read it again and reapply the change.`,
        { currentVersion: current.version, expectedVersion },
      );
    }
    const { kind, action, next, fields } = change(current);
    const [{ correction }] = await tx.run<{ correction: CorrectionRecord }>(
      'corrections/record-claim-correction',
      {
        claimId,
        previous: previous(current),
        next,
        correction: {
          id: newId('correction'),
          kind,
          by: actor.id,
          reason,
          changedFields: fields,
        },
      },
    );
    await tx.run('timeline/refresh-time-spans', { ids: [claimId] });
    await refreshMatchText(tx, [claimId]);
    const auditId = await recordAudit(tx, actor, {
      action,
      summary: `${kind === 'RETRACTION' ? 'retracted' : 'corrected'} claim ${claimId} (version ${current.version} → ${current.version + 1}): ${reason}`,
      targetIds: [claimId, correction.id],
      claimIds: [claimId],
      changes: {
        reason,
        fields,
        before: editable(current),
        after: next,
        fromVersion: current.version,
        toVersion: current.version + 1,
      },
    });
    return { claimId, correction, auditId };
  });
}
