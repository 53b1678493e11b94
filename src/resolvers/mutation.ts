import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { requireRole } from '../auth/roles';
import { Context } from '../graphql/context';
import type {
  AuditEntryResolvers,
  ClaimPayloadResolvers,
  CorrectionPayloadResolvers,
  EntityMappingResolvers,
  IngestBundlePayloadResolvers,
  MergeEntitiesPayloadResolvers,
  MutationResolvers,
  OccurrencePayloadResolvers,
  RelationPayloadResolvers,
  RelationRetractionPayloadResolvers,
  ReviewPayloadResolvers,
} from '../graphql/generated';
import { ConflictError, InvalidInputError, UnsupportedError } from '../mutations/errors';
import { loadAll, loadLinked } from './load-all';

/** The write path's domain errors as client errors: the one place they meet GraphQL. */
function clientError(error: unknown): unknown {
  if (error instanceof InvalidInputError)
    return new GraphQLError(error.message, {
      extensions: {
        code: 'BAD_USER_INPUT',
        argument: error.argument,
        problems: error.problems.slice(0, 200),
      },
    });
  if (error instanceof ConflictError)
    return new GraphQLError(error.message, { extensions: { code: 'CONFLICT', ...error.details } });
  if (error instanceof UnsupportedError)
    return new GraphQLError(error.message, {
      extensions: { code: 'UNSUPPORTED', ...error.details },
    });
  return error;
}

/** A write makes this request's cached reads stale; payload fields must show the state after it. */
function forgetCachedReads(ctx: Context): void {
  for (const group of [...Object.values(ctx.repos), ctx.history]) {
    for (const member of Object.values(group)) if (member instanceof DataLoader) member.clearAll();
  }
}

/** Checks the role, runs the write, then drops cached reads; the role check comes before any input is looked at. */
async function write<T>(
  ctx: Context,
  role: 'editor' | 'admin',
  action: string,
  run: (actor: NonNullable<Context['principal']>) => Promise<T>,
): Promise<T> {
  const actor = requireRole(ctx.principal, role, action);
  // A use case may refuse before it returns a promise (its input check runs first): catch both.
  try {
    const result = await run(actor);
    forgetCachedReads(ctx);
    return result;
  } catch (error) {
    throw clientError(error);
  }
}

/**
 * Roles: editors add and correct (claims, occurrences, disputes, supports, reviews, corrections,
 * retractions); whole bundles and entity merges change much at once and are admin only.
 */
export const Mutation: MutationResolvers<Context> = {
  ingestBundle: (_, { bundle }, ctx) =>
    write(ctx, 'admin', 'ingestBundle', (actor) => ctx.writes.ingestBundle(actor, bundle)),
  addClaim: (_, { input }, ctx) =>
    write(ctx, 'editor', 'addClaim', (actor) => ctx.writes.addClaim(actor, input)),
  addOccurrence: (_, { input }, ctx) =>
    write(ctx, 'editor', 'addOccurrence', (actor) => ctx.writes.addOccurrence(actor, input)),
  addDispute: (_, { input }, ctx) =>
    write(ctx, 'editor', 'addDispute', (actor) => ctx.writes.addRelation(actor, 'DISPUTES', input)),
  addSupport: (_, { input }, ctx) =>
    write(ctx, 'editor', 'addSupport', (actor) => ctx.writes.addRelation(actor, 'SUPPORTS', input)),
  addReview: (_, { input }, ctx) =>
    write(ctx, 'editor', 'addReview', (actor) => ctx.writes.addReview(actor, input)),
  mergeEntities: (_, { input }, ctx) =>
    write(ctx, 'admin', 'mergeEntities', (actor) => ctx.writes.mergeEntities(actor, input)),
  recordCorrection: (_, { input }, ctx) =>
    write(ctx, 'editor', 'recordCorrection', (actor) => ctx.writes.recordCorrection(actor, input)),
  retractClaim: (_, { input }, ctx) =>
    write(ctx, 'editor', 'retractClaim', (actor) => ctx.writes.retractClaim(actor, input)),
  retractRelation: (_, { input }, ctx) =>
    write(ctx, 'editor', 'retractRelation', (actor) => ctx.writes.retractRelation(actor, input)),
};

const auditEntry = (p: { auditId: string }, _: unknown, { history }: Context) =>
  loadLinked(history.auditEntry, p.auditId, 'audit entry');

export const IngestBundlePayload: IngestBundlePayloadResolvers<Context> = {
  source: (p, _, { repos }) => loadLinked(repos.sources.byId, p.sourceId, 'source'),
  merged: (p) =>
    Object.entries(p.merged).map(([bundleEntityId, entityId]) => ({ bundleEntityId, entityId })),
  auditEntry,
};

export const EntityMapping: EntityMappingResolvers<Context> = {
  entity: (m, _, { repos }) => loadLinked(repos.entities.byId, m.entityId, 'entity'),
};

export const ClaimPayload: ClaimPayloadResolvers<Context> = {
  claim: (p, _, { repos }) => loadLinked(repos.claims.byId, p.claimId, 'claim'),
  auditEntry,
};

export const OccurrencePayload: OccurrencePayloadResolvers<Context> = {
  occurrence: (p, _, { repos }) => loadLinked(repos.occurrences.byId, p.occurrenceId, 'occurrence'),
  auditEntry,
};

export const RelationPayload: RelationPayloadResolvers<Context> = {
  from: (p, _, { repos }) => loadLinked(repos.claims.byId, p.from, 'claim'),
  to: (p, _, { repos }) => loadLinked(repos.claims.byId, p.to, 'claim'),
  evidence: (p, _, { repos }) => loadAll(repos.occurrences.byId, p.evidence),
  auditEntry,
};

export const ReviewPayload: ReviewPayloadResolvers<Context> = {
  async review(p, _, { repos }) {
    const review = (await repos.claims.links.load(p.claimId)).reviews.find(
      (r) => r.id === p.reviewId,
    );
    if (!review)
      throw new Error(`review ${p.reviewId} was written but is not linked to claim ${p.claimId}`);
    return { ...review, claimId: p.claimId };
  },
  auditEntry,
};

export const MergeEntitiesPayload: MergeEntitiesPayloadResolvers<Context> = {
  entity: (p, _, { repos }) => loadLinked(repos.entities.byId, p.survivorId, 'entity'),
  movedRelationships: (p) => p.moved,
  auditEntry,
};

export const CorrectionPayload: CorrectionPayloadResolvers<Context> = {
  claim: (p, _, { repos }) => loadLinked(repos.claims.byId, p.claimId, 'claim'),
  auditEntry,
};

export const RelationRetractionPayload: RelationRetractionPayloadResolvers<Context> = {
  from: (p, _, { repos }) => loadLinked(repos.claims.byId, p.fromId, 'claim'),
  to: (p, _, { repos }) => loadLinked(repos.claims.byId, p.toId, 'claim'),
  auditEntry,
};

export const AuditEntry: AuditEntryResolvers<Context> = {
  changes: (a) => (a.changes ? (JSON.parse(a.changes) as unknown) : null),
};
