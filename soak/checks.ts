import fs from 'node:fs';
import path from 'node:path';
import { compact } from '../src/neo4j/cypher';
import { Graph, Row } from '../src/neo4j/graph';
import { refreshSourcing } from '../src/mutations/sourcing';
import { soakBundle } from './bundles';
import { gql } from './client';
import { Ledger, LedgerEntry, MEANT_TO_BE_REFUSED } from './ledger';

/**
 * The check at the end, against the store itself. Each entry of STORE_CHECKS holds one part of
 * the store to the ledger, or to a recomputation from scratch, and sorts what it finds:
 * - lost: an acknowledged write that is not in the store, or not whole;
 * - duplicated: a write that is there more than once;
 * - partial: a write whose outcome was unknown and that is there in part;
 * - traces: a refused write that left something;
 * - mismatches: derived data (sourcing summaries, claim and date tallies, the full-text index, claimAsOf) that disagrees
 *   with what a recomputation or the ledger says.
 * A new check is one more entry.
 */

export interface CheckContext {
  graph: Graph;
  ledger: Ledger;
  /** The service, for checks that read through the public API. */
  url: string;
  /** What one clean ingestion of a soak bundle leaves, measured at the start (see calibrate). */
  calibration: Calibration;
}

export interface CheckResult {
  name: string;
  /** Writes or records examined. */
  checked: number;
  lost: string[];
  duplicated: string[];
  partial: string[];
  traces: string[];
  mismatches: string[];
}

export interface StoreCheck {
  name: string;
  description: string;
  run(context: CheckContext): Promise<Omit<CheckResult, 'name'>>;
}

/** Per label, nodes and relationships between them, of one bundle as a clean ingestion leaves it. */
export type Footprint = Record<string, { nodes: number; relationships: number }>;
export interface Calibration {
  unmerged: Footprint;
  merged: Footprint;
}

const CYPHER_DIR = path.join(__dirname, 'cypher');
const queries = new Map<string, string>();
/** The text of `soak/cypher/<name>.cypher`, read once. */
export function soakCypher(name: string): string {
  let text = queries.get(name);
  if (text === undefined) {
    text = compact(fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    queries.set(name, text);
  }
  return text;
}

const empty = () => ({
  checked: 0,
  lost: [] as string[],
  duplicated: [] as string[],
  partial: [] as string[],
  traces: [] as string[],
  mismatches: [] as string[],
});

const byKind = (ledger: Ledger, ...kinds: LedgerEntry['kind'][]) =>
  ledger.entries.filter((e) => kinds.includes(e.kind));

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The footprint of each bundle token in the store; a token with nothing stored maps to {}. */
export async function footprints(graph: Graph, tokens: string[]): Promise<Map<string, Footprint>> {
  const result = new Map<string, Footprint>(tokens.map((t) => [t, {}]));
  for (const batch of chunks(tokens, 200)) {
    for (const row of await graph.runRaw(soakCypher('count-bundle-nodes'), { tokens: batch })) {
      result.get(row.token as string)![row.label as string] = {
        nodes: Number(row.nodes),
        relationships: Number(row.relationships),
      };
    }
  }
  return result;
}

const LABELS = ['Claim', 'Occurrence', 'Entity', 'Event', 'Source', 'ClaimRelation', 'Bundle'];
const total = (f: Footprint) => Object.values(f).reduce((s, x) => s + x.nodes + x.relationships, 0);
/** -1: less than expected somewhere, 1: more somewhere (and nowhere less), 0: the same. */
function compareFootprint(found: Footprint, expected: Footprint): -1 | 0 | 1 {
  let more = false;
  for (const label of LABELS) {
    const f = found[label] ?? { nodes: 0, relationships: 0 };
    const e = expected[label] ?? { nodes: 0, relationships: 0 };
    if (f.nodes < e.nodes || f.relationships < e.relationships) return -1;
    if (f.nodes > e.nodes || f.relationships > e.relationships) more = true;
  }
  return more ? 1 : 0;
}
const show = (f: Footprint) =>
  LABELS.filter((l) => f[l])
    .map((l) => `${l} ${f[l].nodes}/${f[l].relationships}`)
    .join(', ') || 'nothing';

/** Audit entries, indexed by what they name: a target id, or the soak write in their reason. */
async function auditIndex(graph: Graph, runId: string) {
  const byTarget = new Map<string, number>();
  const bySeq = new Map<number, number>();
  const marker = new RegExp(`soak ${runId} write (\\d+)\\b`);
  for (const row of await graph.runRaw(soakCypher('list-audit-entries'))) {
    const first = (row.targetIds as string[] | null)?.[0];
    if (first)
      byTarget.set(`${row.action}|${first}`, (byTarget.get(`${row.action}|${first}`) ?? 0) + 1);
    const seq = marker.exec(String(row.said ?? ''))?.[1];
    if (seq) bySeq.set(Number(seq), (bySeq.get(Number(seq)) ?? 0) + 1);
  }
  return { byTarget, bySeq };
}

const bundlesCheck: StoreCheck = {
  name: 'bundles',
  description:
    'every bundle ingested (some re-sent) is in the store exactly once: every node and relationship of it, each once, and one INGEST_BUNDLE audit entry per landed request; refused bundles left nothing',
  async run({ graph, ledger, calibration }) {
    const r = empty();
    const entries = byKind(
      ledger,
      'ingest',
      'resend',
      'invalid-bundle',
      'no-credential',
      'wrong-role',
    );
    const tokens = [...new Set(entries.map((e) => e.token!))];
    const stored = await footprints(graph, tokens);
    const audits = (await auditIndex(graph, ledger.runId)).byTarget;
    const merges = byKind(ledger, 'merge');
    for (const token of tokens) {
      r.checked += 1;
      const sent = entries.filter((e) => e.token === token);
      const acked = sent.filter((e) => e.outcome === 'acknowledged').length;
      const unknown = sent.filter((e) => e.outcome === 'unknown').length;
      const found = stored.get(token)!;
      const audited = audits.get(`INGEST_BUNDLE|${soakBundle(token).id}`) ?? 0;
      const merge = merges.find((m) => m.token === token);
      const shapes =
        merge?.outcome === 'acknowledged'
          ? [calibration.merged]
          : merge?.outcome === 'unknown'
            ? [calibration.unmerged, calibration.merged]
            : [calibration.unmerged];
      const comparisons = shapes.map((s) => compareFootprint(found, s));
      const whole = comparisons.includes(0);
      const label = `bundle ${token} (sent ${sent.length}: ${acked} acknowledged, ${unknown} unknown; stored ${show(found)}; ${audited} audit entries)`;
      if (sent.every((e) => MEANT_TO_BE_REFUSED.has(e.kind))) {
        // Refused or unanswered, a write the service must refuse may leave nothing at all.
        if (total(found) > 0 || audited > 0) r.traces.push(label);
      } else if (acked > 0) {
        if (comparisons.every((c) => c === 1)) r.duplicated.push(label);
        else if (!whole) r.lost.push(label);
        if (audited < acked)
          r.lost.push(`${label}: fewer audit entries than acknowledged ingestions`);
        if (audited > acked + unknown)
          r.duplicated.push(`${label}: more audit entries than requests that may have landed`);
      } else if (unknown > 0) {
        if (comparisons.every((c) => c === 1)) r.duplicated.push(label);
        else if (total(found) > 0 && !whole) r.partial.push(label);
        else if (total(found) > 0 !== audited > 0 || audited > unknown)
          r.partial.push(`${label}: audit entries disagree with the data`);
      } else if (total(found) > 0 || audited > 0) r.traces.push(label);
    }
    return r;
  },
};

const relationsCheck: StoreCheck = {
  name: 'relations',
  description:
    'every added dispute and support is there once with its ends, evidence and shortcut (gone once its retraction landed), with one audit entry; refused ones left nothing',
  async run({ graph, ledger }) {
    const r = empty();
    const adds = byKind(ledger, 'dispute', 'support', 'dangling-dispute');
    const retractions = byKind(ledger, 'retract-relation');
    const audits = await auditIndex(graph, ledger.runId);
    const rows = new Map<string, Row>();
    for (const batch of chunks(adds, 500)) {
      const found = await graph.runRaw(soakCypher('find-relation-states'), {
        relations: batch.map((a) => ({ id: a.relationId, from: a.fromClaimId })),
      });
      for (const row of found) rows.set(row.id as string, row);
    }
    for (const add of adds) {
      r.checked += 1;
      const row = rows.get(add.relationId!)!;
      const action = add.relationKind === 'DISPUTES' ? 'ADD_DISPUTE' : 'ADD_SUPPORT';
      const audited = audits.byTarget.get(`${action}|${add.relationId}`) ?? 0;
      const nodes = Number(row.nodes);
      const retraction = retractions.filter((x) => x.relationId === add.relationId);
      const retractedOk = retraction.some((x) => x.outcome === 'acknowledged');
      const retractedMaybe = retraction.some((x) => x.outcome === 'unknown');
      const label = `${add.kind} ${add.relationId} (${add.outcome}; stored ${nodes} node(s), ${(row.fromIds as string[]).length} FROM, ${(row.toIds as string[]).length} TO, ${(row.evidence as string[]).length} evidence, ${row.shortcuts} shortcut(s), ${audited} audit entries)`;
      const shapeRight =
        nodes === 1 &&
        row.kind === add.relationKind &&
        (row.fromIds as string[]).join() === add.fromClaimId &&
        (row.toIds as string[]).join() === add.toClaimId &&
        [...(row.evidence as string[])].sort().join() === [...add.evidence!].sort().join() &&
        audited === 1;
      const absent = nodes === 0 && audited === 0 && Number(row.shortcuts) === 0;
      const tooMany =
        nodes > 1 ||
        audited > 1 ||
        (row.fromIds as string[]).length > 1 ||
        (row.toIds as string[]).length > 1 ||
        (row.evidence as string[]).length > (add.evidence?.length ?? 0) ||
        Number(row.shortcuts) > 1;
      if (add.outcome === 'refused' || MEANT_TO_BE_REFUSED.has(add.kind)) {
        if (!absent) r.traces.push(label);
        continue;
      }
      if (tooMany) r.duplicated.push(label);
      else if (add.outcome === 'acknowledged' && !shapeRight) r.lost.push(label);
      else if (add.outcome === 'unknown' && !absent && !shapeRight) r.partial.push(label);

      // The retraction, if any: landed means stamped, shortcut gone, one Correction and one audit entry.
      if (nodes !== 1) continue;
      const retractedStored = row.retracted === true;
      const reasons = row.retractions as string[];
      const shortcutRight = Number(row.shortcuts) === (retractedStored ? 0 : 1);
      if (!shortcutRight)
        r.mismatches.push(
          `${label}: retracted=${retractedStored} but ${row.shortcuts} shortcut(s)`,
        );
      for (const x of retraction) {
        const corrections = reasons.filter((reason) => reason === x.reason).length;
        const audited = audits.bySeq.get(x.seq) ?? 0;
        const xl = `retract-relation write ${x.seq} of ${x.relationId} (${x.outcome}; ${corrections} correction(s), ${audited} audit entries, stamped ${retractedStored})`;
        if (corrections > 1 || audited > 1) r.duplicated.push(xl);
        else if (
          x.outcome === 'acknowledged' &&
          (corrections !== 1 || audited !== 1 || !retractedStored)
        )
          r.lost.push(xl);
        else if (
          x.outcome === 'unknown' &&
          (corrections !== audited || (corrections === 1) !== retractedStored)
        )
          r.partial.push(xl);
        else if (x.outcome === 'refused' && (corrections > 0 || audited > 0)) r.traces.push(xl);
      }
      if (retractedStored && !retractedOk && !retractedMaybe)
        r.mismatches.push(`${label}: retracted, but no retraction of it may have landed`);
    }
    return r;
  },
};

const claimEditsCheck: StoreCheck = {
  name: 'claim edits',
  description:
    'every correction and retraction is recorded once (its Correction and audit entry name the write), versions run 1, 2, 3… without a gap or a repeat, and each claim holds the state of its last edit that landed; stale-version edits left nothing',
  async run({ graph, ledger }) {
    const r = empty();
    const edits = byKind(ledger, 'correct', 'retract-claim', 'stale-correction');
    const audits = await auditIndex(graph, ledger.runId);
    const ids = [...new Set(edits.map((e) => e.claimId!))];
    const claims = new Map<string, Row>();
    for (const batch of chunks(ids, 500))
      for (const row of await graph.runRaw(soakCypher('find-claim-edits'), { ids: batch }))
        claims.set(row.id as string, row);
    for (const id of ids) {
      const claim = claims.get(id);
      const mine = edits.filter((e) => e.claimId === id).sort((a, b) => a.seq - b.seq);
      if (!claim) {
        r.lost.push(`claim ${id}, edited ${mine.length} time(s), is not in the store`);
        continue;
      }
      const corrections = claim.corrections as {
        reason: string;
        fromVersion: number;
        toVersion: number;
        kind: string;
      }[];
      let landedLast: LedgerEntry | undefined;
      for (const e of mine) {
        r.checked += 1;
        const recorded = corrections.filter((k) => k.reason === e.reason).length;
        const audited = audits.bySeq.get(e.seq) ?? 0;
        const label = `${e.kind} write ${e.seq} of ${id} (${e.outcome}; ${recorded} correction(s), ${audited} audit entries)`;
        if (recorded > 1 || audited > 1) r.duplicated.push(label);
        else if (e.outcome === 'acknowledged' && (recorded !== 1 || audited !== 1))
          r.lost.push(label);
        else if (e.outcome === 'unknown' && recorded !== audited) r.partial.push(label);
        else if (e.outcome === 'refused' && (recorded > 0 || audited > 0)) r.traces.push(label);
        if (recorded > 0 && e.kind !== 'stale-correction') landedLast = e;
      }
      const chain = corrections.map((k) => `${k.fromVersion}→${k.toVersion}`);
      const contiguous = corrections.every(
        (k, i) => k.fromVersion === i + 1 && k.toVersion === i + 2,
      );
      if (!contiguous || Number(claim.version) !== corrections.length + 1)
        r.mismatches.push(
          `claim ${id}: version ${claim.version}, corrections ${chain.join(', ') || 'none'}`,
        );
      if (landedLast) {
        const wantRetracted = mine.some(
          (e) => e.kind === 'retract-claim' && corrections.some((k) => k.reason === e.reason),
        );
        if (claim.text !== landedLast.text || claim.retracted !== wantRetracted)
          r.lost.push(
            `claim ${id}: holds "${claim.text}" (retracted ${claim.retracted}), but its last edit that landed (write ${landedLast.seq}) set "${landedLast.text}" (retracted ${wantRetracted})`,
          );
      }
    }
    return r;
  },
};

const mergesCheck: StoreCheck = {
  name: 'merges',
  description:
    'every acknowledged entity merge removed the duplicate, moved its occurrence to the survivor and is recorded once; an unknown one is either all of that or none of it',
  async run({ graph, ledger }) {
    const r = empty();
    const merges = byKind(ledger, 'merge');
    const audits = await auditIndex(graph, ledger.runId);
    const rows = new Map<string, Row>();
    for (const batch of chunks(merges, 500))
      for (const row of await graph.runRaw(soakCypher('find-merge-states'), {
        merges: batch.map((m) => ({
          duplicateId: m.duplicateId,
          survivorId: m.survivorId,
          occurrenceId: `${m.token}:o-dup`,
        })),
      }))
        rows.set(row.duplicateId as string, row);
    for (const m of merges) {
      r.checked += 1;
      const row = rows.get(m.duplicateId!)!;
      const audited = audits.bySeq.get(m.seq) ?? 0;
      const speakers = row.speakers as string[];
      const merged =
        Number(row.duplicates) === 0 &&
        Number(row.mergedTimes) === 1 &&
        audited === 1 &&
        speakers.join() === m.survivorId;
      const untouched =
        Number(row.duplicates) === 1 &&
        Number(row.mergedTimes) === 0 &&
        audited === 0 &&
        speakers.join() === m.duplicateId;
      const label = `merge write ${m.seq} of ${m.duplicateId} into ${m.survivorId} (${m.outcome}; duplicate ${row.duplicates ? 'present' : 'gone'}, listed ${row.mergedTimes} time(s), occurrence attributed to ${speakers.join(' and ') || 'nobody'}, ${audited} audit entries)`;
      if (Number(row.mergedTimes) > 1 || audited > 1 || speakers.length > 1)
        r.duplicated.push(label);
      else if (m.outcome === 'acknowledged' && !merged) r.lost.push(label);
      else if (m.outcome === 'unknown' && !merged && !untouched) r.partial.push(label);
      else if (m.outcome === 'refused' && !untouched) r.traces.push(label);
    }
    return r;
  },
};

const sourcingCheck: StoreCheck = {
  name: 'sourcing summaries',
  description:
    "every claim's sourcing summary, disputed flag and matchText, as the writes kept them, equal what the service's own refresh computes from scratch over the whole store (run in a transaction that is rolled back)",
  async run({ graph }) {
    const r = empty();
    await graph.rehearse(async (tx) => {
      const kept = await tx.runRaw(soakCypher('list-sourcing-summaries'));
      for (const batch of chunks(
        kept.map((row) => row.id as string),
        500,
      ))
        await refreshSourcing(tx, batch);
      const recounted = new Map(
        (await tx.runRaw(soakCypher('list-sourcing-summaries'))).map((row) => [
          row.id as string,
          JSON.stringify(row.summary),
        ]),
      );
      r.checked = kept.length;
      for (const row of kept) {
        const stored = JSON.stringify(row.summary);
        const recomputed = recounted.get(row.id as string);
        if (stored !== recomputed)
          r.mismatches.push(`claim ${row.id}: stored ${stored}, recomputed ${recomputed}`);
        if ((row.summary as { disputed: unknown }).disputed !== row.disputedNow)
          r.mismatches.push(
            `claim ${row.id}: disputed is ${String((row.summary as { disputed: unknown }).disputed)}, but ${row.disputedNow ? 'a claim disputes it' : 'no claim disputes it'}`,
          );
      }
    });
    return r;
  },
};

const tallyCheck: StoreCheck = {
  name: 'claim tallies',
  description:
    'the claim counts kept at write time for each combination of sourcing flags equal a count of the claims from scratch',
  async run({ graph }) {
    const r = empty();
    const [{ keys }] = await graph.runRaw('MATCH (t:ClaimTally) RETURN count(t) AS keys');
    r.checked = Number(keys);
    for (const row of await graph.runRaw(soakCypher('compare-claim-tallies')))
      r.mismatches.push(
        `tally ${row.key}: kept ${row.kept} (in ${row.tallies} node(s)), counted ${row.counted}`,
      );
    return r;
  },
};

const dateTallyCheck: StoreCheck = {
  name: 'date tallies',
  description:
    'the dated claims and events kept at write time per year, month and day of their start and end equal a count of them from scratch',
  async run({ graph }) {
    const r = empty();
    const [{ keys }] = await graph.runRaw('MATCH (t:DateTally) RETURN count(t) AS keys');
    r.checked = Number(keys);
    for (const row of await graph.runRaw(soakCypher('compare-date-tallies')))
      r.mismatches.push(
        `date tally ${row.key}: kept ${row.kept} (in ${row.tallies} node(s)), counted ${row.counted}`,
      );
    return r;
  },
};

const searchIndexCheck: StoreCheck = {
  name: 'full-text index',
  description:
    "for every word the soak wrote (each bundle's token, each correction's token), the full-text index finds exactly the nodes whose current texts hold it",
  async run({ graph, ledger }) {
    const r = empty();
    const texts = await graph.runRaw(soakCypher('list-searchable-texts'), {
      prefix: `sk${ledger.runId}`,
    });
    const tokens = new Set<string>();
    for (const e of ledger.entries) {
      if (e.outcome === 'refused') continue;
      if (e.kind === 'ingest' || e.kind === 'resend') tokens.add(e.token!);
      if (e.kind === 'correct') tokens.add(/^Corrected (\S+):/.exec(e.text!)![1]);
    }
    const word = /[A-Za-z0-9]+/g;
    const holders = new Map<string, Set<string>>();
    for (const row of texts)
      for (const t of row.texts as string[])
        for (const w of t.match(word) ?? [])
          if (tokens.has(w.toLowerCase())) {
            const set = holders.get(w.toLowerCase()) ?? new Set();
            set.add(row.id as string);
            holders.set(w.toLowerCase(), set);
          }
    for (const batch of chunks([...tokens], 200)) {
      for (const row of await graph.runRaw(soakCypher('query-search-index'), { tokens: batch })) {
        r.checked += 1;
        const indexed = [...new Set(row.ids as string[])].sort();
        const expected = [...(holders.get(row.token as string) ?? [])].sort();
        if (indexed.join() !== expected.join())
          r.mismatches.push(
            `"${row.token}": the index finds [${indexed.join(', ')}], the texts hold it in [${expected.join(', ')}]`,
          );
      }
    }
    return r;
  },
};

const AS_OF = `query($id: ID!, $asOf: String!) {
  claimAsOf(id: $id, asOf: $asOf) {
    text version retracted
    disputedBy { id } supportedBy { id }
  }
}`;

const claimAsOfCheck: StoreCheck = {
  name: 'claimAsOf',
  description:
    'through the API, claimAsOf just before each acknowledged edit shows the state the editor saw and just after it the state it set; relations appear once added and go once retracted',
  async run({ ledger, url }) {
    const r = empty();
    type Probe = { what: string; id: string; at: number; test(s: any): boolean };
    const probes: Probe[] = [];
    for (const e of ledger.entries) {
      if (e.outcome !== 'acknowledged') continue;
      if (e.kind === 'correct' || e.kind === 'retract-claim') {
        const retracted = e.kind === 'retract-claim';
        probes.push({
          what: `${e.kind} write ${e.seq}, just before`,
          id: e.claimId!,
          at: e.sentAt - 1,
          test: (s) =>
            s &&
            s.version === e.expectedVersion &&
            s.text === e.textBefore &&
            s.retracted === false,
        });
        probes.push({
          what: `${e.kind} write ${e.seq}, just after`,
          id: e.claimId!,
          at: e.answeredAt + 1,
          test: (s) =>
            s &&
            s.version === e.expectedVersion! + 1 &&
            s.text === e.text &&
            s.retracted === retracted,
        });
      }
      if (e.kind === 'dispute' || e.kind === 'support') {
        const list = e.kind === 'dispute' ? 'disputedBy' : 'supportedBy';
        const has = (s: any) => s && s[list].some((x: { id: string }) => x.id === e.relationId);
        probes.push({
          what: `${e.kind} write ${e.seq}, just before`,
          id: e.toClaimId!,
          at: e.sentAt - 1,
          test: (s) => s && !has(s),
        });
        probes.push({
          what: `${e.kind} write ${e.seq}, just after`,
          id: e.toClaimId!,
          at: e.answeredAt + 1,
          test: has,
        });
        const retraction = ledger.entries.find(
          (x) =>
            x.kind === 'retract-relation' &&
            x.relationId === e.relationId &&
            x.outcome === 'acknowledged',
        );
        if (retraction) {
          probes.push({
            what: `retract-relation write ${retraction.seq}, just before`,
            id: e.toClaimId!,
            at: retraction.sentAt - 1,
            test: has,
          });
          probes.push({
            what: `retract-relation write ${retraction.seq}, just after`,
            id: e.toClaimId!,
            at: retraction.answeredAt + 1,
            test: (s) => s && !has(s),
          });
        }
      }
    }
    // Bounded, spread evenly over the run: a 30-minute run has thousands of probes.
    const step = Math.max(1, Math.ceil(probes.length / 600));
    const chosen = probes.filter((_, i) => i % step === 0);
    for (const batch of chunks(chosen, 8)) {
      await Promise.all(
        batch.map(async (p) => {
          const answer = await gql(
            url,
            AS_OF,
            { id: p.id, asOf: new Date(p.at).toISOString() },
            { timeoutMs: 30000 },
          );
          r.checked += 1;
          if (answer.errors?.length || !answer.data) {
            r.mismatches.push(
              `${p.what} (${p.id}): the API answered ${JSON.stringify(answer.errors ?? answer.failure)}`,
            );
            return;
          }
          if (!p.test(answer.data.claimAsOf))
            r.mismatches.push(
              `${p.what}: claimAsOf(${p.id}, ${new Date(p.at).toISOString()}) = ${JSON.stringify(answer.data.claimAsOf)}`,
            );
        }),
      );
    }
    return r;
  },
};

export const STORE_CHECKS: StoreCheck[] = [
  bundlesCheck,
  relationsCheck,
  claimEditsCheck,
  mergesCheck,
  sourcingCheck,
  tallyCheck,
  dateTallyCheck,
  searchIndexCheck,
  claimAsOfCheck,
];

/**
 * Waits until no transaction but its own runs in the database. A write whose client gave up (an
 * unknown outcome) may still be running on the server and commit after the load has stopped; a
 * check that read the store while it did would see it half in one query and whole in the next.
 */
export async function awaitQuiescence(graph: Graph, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await graph.runRaw(soakCypher('count-running-transactions'));
    if (Number(row.running) === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `the store did not quiesce within ${timeoutMs} ms: still running ${JSON.stringify(row.queries)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function runChecks(
  context: CheckContext,
  checks = STORE_CHECKS,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) results.push({ name: check.name, ...(await check.run(context)) });
  return results;
}

/** Sanity: every write meant to be refused must have been, or the refused-write checks prove little. */
export function unexpectedOutcomes(ledger: Ledger): LedgerEntry[] {
  return ledger.entries.filter(
    (e) =>
      (MEANT_TO_BE_REFUSED.has(e.kind) && e.outcome === 'acknowledged') ||
      (!MEANT_TO_BE_REFUSED.has(e.kind) && e.outcome === 'refused'),
  );
}
