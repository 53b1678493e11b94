import { Random } from '../bench/random';
import { gql, GqlAnswer, outcomeOf } from './client';
import { invalidBundle, soakBundle, SoakBundle } from './bundles';
import { Ledger, LedgerEntry, WriteKind } from './ledger';
import { sleep } from './processes';

/**
 * A writer: one client that writes through the public GraphQL API with its credentials, one
 * write at a time, and logs each in the ledger. It edits only what it wrote itself, so it always
 * knows the version it saw; after an unknown outcome it leaves that claim, relation or merge
 * alone, since it can no longer know its state (the check holds it to "whole or absent").
 */

const INGEST = `mutation($bundle: JSON!) { ingestBundle(bundle: $bundle) { bundleId } }`;
const DISPUTE = `mutation($input: AddRelationInput!) { addDispute(input: $input) { id } }`;
const SUPPORT = `mutation($input: AddRelationInput!) { addSupport(input: $input) { id } }`;
const CORRECT = `mutation($input: RecordCorrectionInput!) { recordCorrection(input: $input) { claim { version } } }`;
const RETRACT_CLAIM = `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { version } } }`;
const RETRACT_RELATION = `mutation($input: RetractRelationInput!) { retractRelation(input: $input) { relationId } }`;
const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { duplicateId } }`;

/** The occurrence of each bundle claim that serves as evidence when it disputes or supports another. */
const EVIDENCE: Record<string, string> = {
  unsafe: 'o-ada-gazette',
  'cracks-old': 'o-engineers',
  'not-unsafe': 'o-council',
};

interface ClaimState {
  id: string;
  version: number;
  text: string;
  retracted: boolean;
  /** An edit of it had an unknown outcome: its state is no longer known here. */
  retired: boolean;
}

interface BundleState {
  token: string;
  bundle: SoakBundle;
  acknowledged: boolean;
  mergeSent: boolean;
}

interface RelationState {
  id: string;
  retracted: boolean;
  retired: boolean;
}

export interface WriterOptions {
  url: string;
  keys: { admin: string; editor: string };
  ledger: Ledger;
  timeoutMs: number;
  /** Pause between one write's answer and the next write. */
  intervalMs: number;
  seed: number;
  /** Claims this writer has seen acknowledged, for the readers to ask about. */
  onClaimWritten?: (id: string) => void;
}

const WEIGHTS: readonly (readonly [WriteKind, number])[] = [
  ['ingest', 14],
  ['resend', 8],
  ['dispute', 12],
  ['support', 8],
  ['correct', 18],
  ['retract-claim', 5],
  ['retract-relation', 6],
  ['merge', 8],
  ['invalid-bundle', 3],
  ['no-credential', 3],
  ['wrong-role', 3],
  ['stale-correction', 5],
  ['dangling-dispute', 3],
];

export class Writer {
  private readonly random: Random;
  private readonly bundles: BundleState[] = [];
  private readonly claims: ClaimState[] = [];
  private readonly relations: RelationState[] = [];
  private made = 0;

  constructor(
    readonly n: number,
    private readonly options: WriterOptions,
  ) {
    this.random = new Random(options.seed + n * 7919);
  }

  /** Writes until `until` returns true; the loop ends by itself at the soak's end. */
  async run(until: () => boolean): Promise<void> {
    while (!until()) {
      await this.step();
      await sleep(this.options.intervalMs);
    }
  }

  private newToken(kind: string): string {
    this.made += 1;
    return `sk${this.options.ledger.runId}w${this.n}${kind}${this.made}`;
  }

  private async send(
    kind: WriteKind,
    query: string,
    variables: Record<string, unknown>,
    key: string | undefined,
    fields: Partial<LedgerEntry>,
  ): Promise<LedgerEntry> {
    const seq = fields.seq ?? this.options.ledger.take();
    const sentAt = Date.now();
    const answer: GqlAnswer = await gql(this.options.url, query, variables, {
      key,
      timeoutMs: this.options.timeoutMs,
    });
    const { outcome, code } = outcomeOf(answer);
    return this.options.ledger.add({
      ...fields,
      seq,
      writer: this.n,
      kind,
      sentAt,
      answeredAt: Date.now(),
      outcome,
      code,
    });
  }

  private liveClaims() {
    return this.claims.filter((c) => !c.retired && !c.retracted);
  }

  /** Picks a write that can be made now; ingestion first, while there is little to edit. */
  private choose(): WriteKind {
    if (this.claims.length < 6)
      return this.bundles.length > 2 && this.random.chance(0.5) ? 'resend' : 'ingest';
    return this.random.weighted(WEIGHTS);
  }

  async step(): Promise<void> {
    const kind = this.choose();
    const { keys, ledger } = this.options;
    switch (kind) {
      case 'ingest': {
        const token = this.newToken('b');
        const state: BundleState = {
          token,
          bundle: soakBundle(token),
          acknowledged: false,
          mergeSent: false,
        };
        this.bundles.push(state);
        await this.ingest(state, 'ingest');
        return;
      }
      case 'resend': {
        // A client resends what it never saw acknowledged; some acknowledged ones are resent too.
        const unsure = this.bundles.filter((b) => !b.acknowledged);
        const state =
          unsure.length && this.random.chance(0.7)
            ? this.random.pick(unsure)
            : this.random.pick(this.bundles);
        if (state) await this.ingest(state, 'resend');
        return;
      }
      case 'dispute':
      case 'support': {
        const live = this.liveClaims();
        if (live.length < 2) return;
        const from = this.random.pick(live);
        const to = this.random.pick(live.filter((c) => c.id !== from.id));
        const seq = ledger.take();
        const id = `soakrel-${ledger.runId}-${seq}`;
        const evidence = [from.id.replace(/:[^:]+$/, `:${EVIDENCE[from.id.split(':').pop()!]}`)];
        const entry = await this.send(
          kind,
          kind === 'dispute' ? DISPUTE : SUPPORT,
          { input: { id, fromClaimId: from.id, toClaimId: to.id, evidence } },
          keys.editor,
          {
            seq,
            relationId: id,
            relationKind: kind === 'dispute' ? 'DISPUTES' : 'SUPPORTS',
            fromClaimId: from.id,
            toClaimId: to.id,
            evidence,
          },
        );
        if (entry.outcome !== 'refused')
          this.relations.push({ id, retracted: false, retired: entry.outcome === 'unknown' });
        return;
      }
      case 'correct':
      case 'stale-correction': {
        const live = this.liveClaims();
        if (live.length === 0) return;
        const claim = this.random.pick(live);
        const seq = ledger.take();
        const text = `Corrected cx${ledger.runId}n${seq}: ${claim.text.replace(/^Corrected \S+ /, '')}`;
        const expectedVersion = kind === 'correct' ? claim.version : claim.version + 7;
        const entry = await this.send(
          kind,
          CORRECT,
          { input: { claimId: claim.id, expectedVersion, text, reason: ledger.reasonFor(seq) } },
          keys.editor,
          {
            seq,
            claimId: claim.id,
            expectedVersion,
            textBefore: claim.text,
            text,
            reason: ledger.reasonFor(seq),
          },
        );
        if (kind === 'correct') this.settleEdit(claim, entry, { text });
        return;
      }
      case 'retract-claim': {
        const live = this.liveClaims();
        if (live.length === 0) return;
        const claim = this.random.pick(live);
        const seq = ledger.take();
        const entry = await this.send(
          kind,
          RETRACT_CLAIM,
          {
            input: {
              claimId: claim.id,
              expectedVersion: claim.version,
              reason: ledger.reasonFor(seq),
            },
          },
          keys.editor,
          {
            seq,
            claimId: claim.id,
            expectedVersion: claim.version,
            textBefore: claim.text,
            text: claim.text,
            reason: ledger.reasonFor(seq),
          },
        );
        this.settleEdit(claim, entry, { retracted: true });
        return;
      }
      case 'retract-relation': {
        const live = this.relations.filter((r) => !r.retired && !r.retracted);
        if (live.length === 0) return;
        const relation = this.random.pick(live);
        const seq = ledger.take();
        const entry = await this.send(
          kind,
          RETRACT_RELATION,
          { input: { relationId: relation.id, reason: ledger.reasonFor(seq) } },
          keys.editor,
          { seq, relationId: relation.id, reason: ledger.reasonFor(seq) },
        );
        if (entry.outcome === 'acknowledged') relation.retracted = true;
        else relation.retired = true;
        return;
      }
      case 'merge': {
        const candidates = this.bundles.filter((b) => b.acknowledged && !b.mergeSent);
        if (candidates.length === 0) return;
        const state = this.random.pick(candidates);
        state.mergeSent = true;
        const seq = ledger.take();
        const survivorId = `${state.token}:ada`;
        const duplicateId = `${state.token}:ada-dup`;
        await this.send(
          kind,
          MERGE,
          { input: { survivorId, duplicateId, reason: ledger.reasonFor(seq) } },
          keys.admin,
          { seq, token: state.token, survivorId, duplicateId, reason: ledger.reasonFor(seq) },
        );
        return;
      }
      case 'invalid-bundle': {
        const token = this.newToken('x');
        await this.send(kind, INGEST, { bundle: invalidBundle(token) }, keys.admin, { token });
        return;
      }
      case 'no-credential':
      case 'wrong-role': {
        const token = this.newToken('x');
        await this.send(
          kind,
          INGEST,
          { bundle: soakBundle(token) },
          kind === 'wrong-role' ? keys.editor : undefined,
          { token },
        );
        return;
      }
      case 'dangling-dispute': {
        const live = this.liveClaims();
        if (live.length === 0) return;
        const from = this.random.pick(live);
        const seq = ledger.take();
        const id = `soakrel-${ledger.runId}-${seq}`;
        const evidence = [from.id.replace(/:[^:]+$/, `:${EVIDENCE[from.id.split(':').pop()!]}`)];
        await this.send(
          kind,
          DISPUTE,
          {
            input: {
              id,
              fromClaimId: from.id,
              toClaimId: `soakmissing-${ledger.runId}-${seq}`,
              evidence,
            },
          },
          keys.editor,
          { seq, relationId: id, relationKind: 'DISPUTES', fromClaimId: from.id, evidence },
        );
        return;
      }
    }
  }

  private async ingest(state: BundleState, kind: 'ingest' | 'resend'): Promise<void> {
    const entry = await this.send(kind, INGEST, { bundle: state.bundle }, this.options.keys.admin, {
      token: state.token,
    });
    if (entry.outcome !== 'acknowledged' || state.acknowledged) return;
    state.acknowledged = true;
    for (const claim of state.bundle.claims) {
      this.claims.push({
        id: claim.id,
        version: 1,
        text: claim.text,
        retracted: false,
        retired: false,
      });
      this.options.onClaimWritten?.(claim.id);
    }
  }

  private settleEdit(
    claim: ClaimState,
    entry: LedgerEntry,
    change: { text?: string; retracted?: boolean },
  ): void {
    if (entry.outcome === 'acknowledged') {
      claim.version += 1;
      if (change.text !== undefined) claim.text = change.text;
      if (change.retracted) claim.retracted = true;
    } else claim.retired = true;
  }
}
