import { Outcome } from './client';

/**
 * The client-side ledger: every write the soak sent, what it asked for, and what the service
 * answered. The check at the end holds the store to it, write by write.
 */

export type WriteKind =
  | 'ingest'
  | 'resend'
  | 'dispute'
  | 'support'
  | 'correct'
  | 'retract-claim'
  | 'retract-relation'
  | 'merge'
  // Writes sent to be refused: each must leave no trace.
  | 'invalid-bundle'
  | 'no-credential'
  | 'wrong-role'
  | 'stale-correction'
  | 'dangling-dispute';

export const MEANT_TO_BE_REFUSED: ReadonlySet<WriteKind> = new Set([
  'invalid-bundle',
  'no-credential',
  'wrong-role',
  'stale-correction',
  'dangling-dispute',
]);

export interface LedgerEntry {
  seq: number;
  writer: number;
  kind: WriteKind;
  /** Epoch ms when the request was sent and when its answer (or its failure) came. */
  sentAt: number;
  answeredAt: number;
  outcome: Outcome;
  code?: string;
  /** The bundle's token (ingest, resend, invalid-bundle, no-credential, wrong-role). */
  token?: string;
  claimId?: string;
  relationId?: string;
  relationKind?: 'DISPUTES' | 'SUPPORTS';
  fromClaimId?: string;
  toClaimId?: string;
  evidence?: string[];
  /** Corrections and retractions: the version the editor saw, and the text it sets. */
  expectedVersion?: number;
  textBefore?: string;
  text?: string;
  survivorId?: string;
  duplicateId?: string;
  /** Carries `soak <run> write <seq>`, so that the store's Correction or audit entry names its write. */
  reason?: string;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  private next = 1;

  constructor(readonly runId: string) {}

  take(): number {
    return this.next++;
  }

  reasonFor(seq: number): string {
    return `soak ${this.runId} write ${seq}`;
  }

  add(entry: LedgerEntry): LedgerEntry {
    this.entries.push(entry);
    return entry;
  }

  count(outcome: Outcome, meantToBeRefused?: boolean): number {
    return this.entries.filter(
      (e) =>
        e.outcome === outcome &&
        (meantToBeRefused === undefined || MEANT_TO_BE_REFUSED.has(e.kind) === meantToBeRefused),
    ).length;
  }
}
