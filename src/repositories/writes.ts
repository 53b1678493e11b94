import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { anchorQuote } from '../bundle/anchor';
import { BundleValidationError, Problem } from '../bundle/validate';
import { Principal } from '../auth/roles';
import { ingestBundle } from '../ingest/ingest-bundle';
import {
  addClaimInput,
  addOccurrenceInput,
  addRelationInput,
  addReviewInput,
  invalidArgument,
  mergeEntitiesInput,
  newId,
  parseInput,
  recordCorrectionInput,
  retractClaimInput,
  retractRelationInput,
} from '../mutations/inputs';
import { Graph, GraphTransaction } from '../neo4j/graph';
import { ClaimStateRecord, CorrectionRecord } from './history';

/** What each mutation hands its payload resolvers: ids to load, so every payload shows the state after the write. */
export interface IngestPayloadRecord {
  bundleId: string;
  sourceId: string;
  merged: Record<string, string>;
  counts: {
    entities: number;
    events: number;
    claims: number;
    occurrences: number;
    relations: number;
    reviews: number;
  };
  auditId: string;
}
export interface EntityMappingRecord {
  bundleEntityId: string;
  entityId: string;
}
export interface ClaimPayloadRecord {
  claimId: string;
  auditId: string;
}
export interface OccurrencePayloadRecord {
  occurrenceId: string;
  claimId: string;
  auditId: string;
}
export interface RelationPayloadRecord {
  id: string;
  kind: 'DISPUTES' | 'SUPPORTS';
  from: string;
  to: string;
  evidence: string[];
  note: string | null;
  auditId: string;
}
export interface ReviewPayloadRecord {
  reviewId: string;
  claimId: string;
  auditId: string;
}
export interface MergePayloadRecord {
  survivorId: string;
  duplicateId: string;
  moved: number;
  auditId: string;
}
export interface CorrectionPayloadRecord {
  claimId: string;
  correction: CorrectionRecord;
  auditId: string;
}
export interface RelationRetractionPayloadRecord {
  relationId: string;
  fromId: string;
  toId: string;
  correction: CorrectionRecord;
  auditId: string;
}

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

interface AuditInput {
  action: AuditAction;
  summary: string;
  targetIds: string[];
  claimIds?: string[];
  entityIds?: string[];
  changes: unknown;
}

/** Audit details are kept readable, not exhaustive: a huge input is cut rather than stored whole. */
const MAX_CHANGES_CHARS = 20000;

async function audit(tx: GraphTransaction, actor: Principal, entry: AuditInput): Promise<string> {
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

function conflict(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extensions } });
}

interface References {
  missingClaims: string[];
  missingSubjects: string[];
  missingOccurrences: string[];
  takenClaims: string[];
  takenRelations: string[];
  takenReviews: string[];
}

async function checkReferences(
  tx: GraphTransaction,
  refs: Partial<
    Record<
      'claims' | 'subjects' | 'occurrences' | 'newClaims' | 'newRelations' | 'newReviews',
      string[]
    >
  >,
) {
  const [row] = await tx.run<References>('mutations/check-references', {
    claims: [],
    subjects: [],
    occurrences: [],
    newClaims: [],
    newRelations: [],
    newReviews: [],
    ...refs,
  });
  return row;
}

function missing(path: string, ids: string[], all: string[], what: string): Problem[] {
  return ids.map((id) => ({
    path: all.length > 1 ? `${path}[${all.indexOf(id)}]` : path,
    message: `no ${what} with id "${id}"`,
  }));
}

function throwIfAny(problems: Problem[]): void {
  if (problems.length > 0) throw invalidArgument('input', problems);
}

type FuzzyDateValue =
  { text?: string; earliest?: string; latest?: string; precision: string } | undefined;

function appliesFields(date: FuzzyDateValue) {
  return {
    appliesText: date?.text ?? null,
    appliesEarliest: date?.earliest ?? null,
    appliesLatest: date?.latest ?? null,
    appliesPrecision: date?.precision ?? null,
  };
}

/** A claim's editable state with its id, as the write lock reads it. */
export type ClaimState = ClaimStateRecord & { id: string };

const editable = (c: ClaimState) => ({
  text: c.text,
  appliesText: c.appliesText ?? null,
  appliesEarliest: c.appliesEarliest ?? null,
  appliesLatest: c.appliesLatest ?? null,
  appliesPrecision: c.appliesPrecision ?? null,
  retracted: c.retracted,
});

/**
 * Every write of the API. Each runs in one transaction with its checks and its audit entry, so a
 * refused or failed write changes nothing and no change lands unrecorded. Inputs arrive raw from
 * GraphQL and are checked here with the bundle's own schemas.
 */
export interface WriteOptions {
  /** Test seam: runs inside a claim edit between reading the version and writing, to widen the race window. */
  afterVersionRead?: (claimId: string) => Promise<void>;
}

export function createWrites(graph: Graph, options: WriteOptions = {}) {
  return {
    async ingestBundle(actor: Principal, bundle: unknown) {
      const source = (bundle as { source?: { textFile?: unknown } } | null)?.source;
      if (source && typeof source === 'object' && 'textFile' in source) {
        throw invalidArgument('bundle', [
          {
            path: 'source.textFile',
            message:
              "the API takes the text itself in source.text; textFile names a file on the curator's disk",
          },
        ]);
      }
      let auditId = '';
      try {
        const result = await ingestBundle(graph, bundle, undefined, {
          inTransaction: async (tx, r) => {
            auditId = await audit(tx, actor, {
              action: 'INGEST_BUNDLE',
              summary: `ingested bundle ${r.bundleId}: ${r.counts.claims} claims, ${r.counts.occurrences} occurrences, ${r.counts.entities} entities`,
              targetIds: [r.bundleId, r.sourceId],
              changes: {
                bundleId: r.bundleId,
                sourceId: r.sourceId,
                counts: r.counts,
                merged: r.merged,
              },
            });
          },
        });
        return { ...result, auditId };
      } catch (error) {
        if (error instanceof BundleValidationError) throw invalidArgument('bundle', error.problems);
        throw error;
      }
    },

    async addClaim(actor: Principal, raw: unknown) {
      const input = parse(addClaimInput, raw);
      const id = input.id ?? newId('claim');
      return graph.writeTransaction(async (tx) => {
        const refs = await checkReferences(tx, { subjects: input.subjects, newClaims: [id] });
        throwIfAny(
          missing('input.subjects', refs.missingSubjects, input.subjects, 'entity or event'),
        );
        if (refs.takenClaims.length > 0)
          throw conflict(
            `a claim with id "${id}" already exists; choose another id or leave it out`,
          );
        await tx.run('ingest/upsert-claims', {
          claims: [
            { id, text: input.text, subjects: input.subjects, appliesTo: input.appliesTo ?? null },
          ],
        });
        await tx.run('claims/refresh-claim-tallies', { ids: [id] });
        await tx.run('timeline/refresh-time-spans', { ids: [id] });
        const auditId = await audit(tx, actor, {
          action: 'ADD_CLAIM',
          summary: `added claim ${id}`,
          targetIds: [id],
          claimIds: [id],
          entityIds: input.subjects,
          changes: { input: { ...input, id } },
        });
        return { claimId: id, auditId };
      });
    },

    async addOccurrence(actor: Principal, raw: unknown) {
      const input = parse(addOccurrenceInput, raw);
      const id = input.id ?? newId('occurrence');
      return graph.writeTransaction(async (tx) => {
        const [ctx] = await tx.run<{
          source: {
            text: string;
            contentHash: string;
            furniture: string[] | null;
            [k: string]: unknown;
          } | null;
          speakerKind: string | null;
          outletKind: string | null;
          claimExists: boolean;
          relayed: { depth: number | null; claimId: string | null } | null;
          taken: boolean;
        }>('mutations/find-occurrence-context', {
          ...input,
          quotedFromId: input.quotedFromId ?? null,
          id,
        });
        const problems: Problem[] = [];
        if (!ctx.claimExists)
          problems.push({ path: 'input.claimId', message: `no claim with id "${input.claimId}"` });
        if (!ctx.source)
          problems.push({
            path: 'input.sourceId',
            message: `no source with id "${input.sourceId}"`,
          });
        if (!ctx.speakerKind)
          problems.push({
            path: 'input.speakerId',
            message: `no entity with id "${input.speakerId}"`,
          });
        if (!ctx.outletKind)
          problems.push({
            path: 'input.reportedById',
            message: `no entity with id "${input.reportedById}"`,
          });
        else if (ctx.outletKind !== 'OUTLET')
          problems.push({
            path: 'input.reportedById',
            message: `"${input.reportedById}" is a ${ctx.outletKind}, but a publication is reported by an OUTLET`,
          });
        if (input.quotedFromId !== undefined) {
          if (!ctx.relayed)
            problems.push({
              path: 'input.quotedFromId',
              message: `no occurrence with id "${input.quotedFromId}"`,
            });
          else if (ctx.relayed.claimId !== input.claimId)
            problems.push({
              path: 'input.quotedFromId',
              message: `"${input.quotedFromId}" is an occurrence of another claim; a reporting chain relays one claim`,
            });
        }
        let anchor:
          { exact: string; prefix: string; suffix: string; start: number; end: number } | undefined;
        if (ctx.source) {
          const found = anchorQuote(ctx.source.text, input.exact, input.hint);
          if (!found.ok)
            problems.push({
              path: found.reason === 'ambiguous' ? 'input.hint' : 'input.exact',
              message: found.message,
            });
          else {
            anchor = found.anchor;
            const { start, end } = found.anchor;
            const text = ctx.source.text;
            const inFurniture = (ctx.source.furniture ?? []).some((f) => {
              for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1))
                if (start < at + f.length && at < end) return true;
              return false;
            });
            if (inFurniture)
              problems.push({
                path: 'input.exact',
                message:
                  'the quote falls inside page furniture, which is not a claim of the source',
              });
          }
        }
        throwIfAny(problems);
        if (ctx.taken)
          throw conflict(
            `an occurrence with id "${id}" already exists; choose another id or leave it out`,
          );
        const s = ctx.source!;
        const published =
          input.published ??
          (s.publishedPrecision
            ? {
                text: s.publishedText,
                earliest: s.publishedEarliest,
                latest: s.publishedLatest,
                precision: s.publishedPrecision,
              }
            : null);
        await tx.run('ingest/upsert-occurrences', {
          sourceId: input.sourceId,
          occurrences: [
            {
              id,
              claim: input.claimId,
              speaker: input.speakerId,
              reportedBy: input.reportedById,
              verb: input.verb,
              depth: neo4j.int(ctx.relayed ? (ctx.relayed.depth ?? 1) + 1 : 1),
              anchor: { ...anchor!, start: neo4j.int(anchor!.start), end: neo4j.int(anchor!.end) },
              said: input.said ?? null,
              published,
            },
          ],
        });
        if (input.quotedFromId)
          await tx.run('ingest/link-reporting-chains', {
            links: [{ from: id, to: input.quotedFromId }],
          });
        const [supported] = await tx.run<{ ids: string[] }>('mutations/find-supported-claims', {
          id: input.claimId,
        });
        await tx.run('ingest/refresh-claim-sourcing', { ids: [input.claimId, ...supported.ids] });
        await tx.run('claims/refresh-claim-tallies', { ids: [input.claimId, ...supported.ids] });
        const auditId = await audit(tx, actor, {
          action: 'ADD_OCCURRENCE',
          summary: `added occurrence ${id} of claim ${input.claimId} in source ${input.sourceId}`,
          targetIds: [id, input.claimId],
          claimIds: [input.claimId],
          entityIds: [input.speakerId, input.reportedById],
          changes: { input: { ...input, id }, anchor },
        });
        return { occurrenceId: id, claimId: input.claimId, auditId };
      });
    },

    async addRelation(actor: Principal, kind: 'DISPUTES' | 'SUPPORTS', raw: unknown) {
      const input = parse(addRelationInput, raw);
      const id = input.id ?? newId('rel');
      return graph.writeTransaction(async (tx) => {
        const claims = [input.fromClaimId, input.toClaimId];
        const refs = await checkReferences(tx, {
          claims,
          occurrences: input.evidence,
          newRelations: [id],
        });
        throwIfAny([
          ...refs.missingClaims.map((c) => ({
            path: c === input.fromClaimId ? 'input.fromClaimId' : 'input.toClaimId',
            message: `no claim with id "${c}"`,
          })),
          ...missing('input.evidence', refs.missingOccurrences, input.evidence, 'occurrence'),
        ]);
        if (refs.takenRelations.length > 0)
          throw conflict(
            `a relation with id "${id}" already exists; choose another id or leave it out`,
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
        await tx.run('ingest/refresh-claim-sourcing', { ids: [input.toClaimId] });
        await tx.run('claims/refresh-claim-tallies', { ids: [input.toClaimId] });
        const auditId = await audit(tx, actor, {
          action: kind === 'DISPUTES' ? 'ADD_DISPUTE' : 'ADD_SUPPORT',
          summary: `${input.fromClaimId} ${kind === 'DISPUTES' ? 'disputes' : 'supports'} ${input.toClaimId} (${id})`,
          targetIds: [id, ...claims],
          claimIds: claims,
          changes: { input: { ...input, id } },
        });
        return { ...relation, kind, auditId };
      });
    },

    async addReview(actor: Principal, raw: unknown) {
      const input = parse(addReviewInput, raw);
      const id = input.id ?? newId('review');
      return graph.writeTransaction(async (tx) => {
        const refs = await checkReferences(tx, { claims: [input.claimId], newReviews: [id] });
        throwIfAny(
          refs.missingClaims.map((c) => ({
            path: 'input.claimId',
            message: `no claim with id "${c}"`,
          })),
        );
        if (refs.takenReviews.length > 0)
          throw conflict(
            `a review with id "${id}" already exists; choose another id or leave it out`,
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
        const auditId = await audit(tx, actor, {
          action: 'ADD_REVIEW',
          summary: `${input.author} rated claim ${input.claimId} "${input.rating.alternateName}" (${id})`,
          targetIds: [id, input.claimId],
          claimIds: [input.claimId],
          changes: { input: { ...input, id } },
        });
        return { reviewId: id, claimId: input.claimId, auditId };
      });
    },

    async mergeEntities(actor: Principal, raw: unknown) {
      const input = parse(mergeEntitiesInput, raw);
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
        throwIfAny(problems);
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
          throw new GraphQLError(
            `mergeEntities cannot move ${types.join(', ')} relationships yet, so nothing was merged; add them to cypher/mutations/merge-entity-relationships.cypher`,
            {
              extensions: { code: 'UNSUPPORTED', types },
            },
          );
        }
        const [{ ids }] = await tx.run<{ ids: string[] }>('mutations/find-claims-spoken-by', {
          id: input.survivorId,
        });
        await tx.run('mutations/absorb-duplicate-entity', input);
        if (ids.length > 0) await tx.run('ingest/refresh-claim-sourcing', { ids });
        if (ids.length > 0) await tx.run('claims/refresh-claim-tallies', { ids });
        const auditId = await audit(tx, actor, {
          action: 'MERGE_ENTITIES',
          summary: `merged ${input.duplicateId} ("${duplicate!.name}") into ${input.survivorId} ("${survivor!.name}"): ${moved} relationships moved`,
          targetIds: [input.survivorId, input.duplicateId],
          entityIds: [input.survivorId],
          changes: { reason: input.reason, moved, duplicate, survivorBefore: survivor },
        });
        return { survivorId: input.survivorId, duplicateId: input.duplicateId, moved, auditId };
      });
    },

    recordCorrection(actor: Principal, raw: unknown) {
      const input = parse(recordCorrectionInput, raw);
      return editClaim(actor, input.claimId, input.expectedVersion, input.reason, (current) => {
        const next = {
          ...editable(current),
          ...(input.text !== undefined ? { text: input.text } : {}),
          ...(input.appliesTo !== undefined ? appliesFields(input.appliesTo) : {}),
        };
        const before = editable(current);
        const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
          (k) => next[k] !== before[k],
        );
        const fields = [
          ...new Set(changed.map((k) => (k.startsWith('applies') ? 'appliesTo' : k))),
        ];
        if (fields.length === 0)
          throw invalidArgument('input', [
            {
              path: 'input.text',
              message:
                'the correction changes nothing: text and appliesTo already have these values',
            },
          ]);
        return { kind: 'CORRECTION' as const, action: 'CORRECT_CLAIM' as const, next, fields };
      });
    },

    retractClaim(actor: Principal, raw: unknown) {
      const input = parse(retractClaimInput, raw);
      return editClaim(actor, input.claimId, input.expectedVersion, input.reason, (current) => {
        if (current.retracted)
          throw invalidArgument('input', [
            { path: 'input.claimId', message: `claim "${current.id}" is already retracted` },
          ]);
        return {
          kind: 'RETRACTION' as const,
          action: 'RETRACT_CLAIM' as const,
          next: { ...editable(current), retracted: true },
          fields: ['retracted'],
        };
      });
    },

    async retractRelation(actor: Principal, raw: unknown) {
      const input = parse(retractRelationInput, raw);
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
          throw invalidArgument('input', [
            {
              path: 'input.relationId',
              message: `no dispute or support with id "${input.relationId}"`,
            },
          ]);
        if (row.relation.retractedAt)
          throw invalidArgument('input', [
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
        await tx.run('ingest/refresh-claim-sourcing', { ids: [row.relation.toId] });
        await tx.run('claims/refresh-claim-tallies', { ids: [row.relation.toId] });
        const auditId = await audit(tx, actor, {
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
    },
  };

  /**
   * Optimistic concurrency for claim edits: the claim's write lock is taken before its version is
   * read, so of two editors who saw the same version exactly one succeeds and the other gets
   * CONFLICT with the current version, to re-read and reapply. No update is lost.
   */
  async function editClaim(
    actor: Principal,
    claimId: string,
    expectedVersion: number,
    reason: string,
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
        throw invalidArgument('input', [
          { path: 'input.claimId', message: `no claim with id "${claimId}"` },
        ]);
      const current = row.claim;
      await options.afterVersionRead?.(claimId);
      if (current.version !== expectedVersion) {
        throw conflict(
          `claim "${claimId}" is at version ${current.version}, not the expectedVersion ${expectedVersion}: it changed since it was read. Read it again and reapply the change.`,
          { currentVersion: current.version, expectedVersion },
        );
      }
      const { kind, action, next, fields } = change(current);
      const [{ correction }] = await tx.run<{ correction: CorrectionRecord }>(
        'corrections/record-claim-correction',
        {
          claimId,
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
      const auditId = await audit(tx, actor, {
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
}

/** Every mutation takes one argument, `input`. */
function parse<S extends z.ZodTypeAny>(schema: S, raw: unknown): z.output<S> {
  return parseInput(schema, 'input', raw);
}

export type Writes = ReturnType<typeof createWrites>;
