import { Context } from '../graphql/context';
import type { EntityKind } from '../graphql/generated';
import { parsePage, toConnection } from '../graphql/pagination';
import type {
  ClaimRelationResolvers,
  ClaimResolvers,
  OriginResolvers,
  ReviewResolvers,
} from '../graphql/generated';
import { ClaimRecord, RelationRecord } from '../repositories/records';
import { decodeDate } from '../fuzzy-date';
import { loadAll, loadLinked } from './load-all';

const relations =
  (kind: RelationRecord['kind'], direction: RelationRecord['direction']) =>
  async (claim: ClaimRecord, _: unknown, { repos }: Context) =>
    (await repos.claims.relations.load(claim.id)).filter(
      (r) => r.kind === kind && r.direction === direction,
    );

export const Claim: Omit<ClaimResolvers<Context>, 'version' | 'retracted' | 'corrections'> = {
  appliesTo: (c) => decodeDate(c, 'applies'),
  subjects: async (c, _, { repos }) =>
    loadAll(repos.entities.byId, (await repos.claims.links.load(c.id)).entityIds),
  events: async (c, _, { repos }) =>
    loadAll(repos.events.byId, (await repos.claims.links.load(c.id)).eventIds),
  reviews: async (c, _, { repos }) =>
    (await repos.claims.links.load(c.id)).reviews.map((r) => ({ ...r, claimId: c.id })),
  async occurrences(c, args, { repos }) {
    const page = parsePage(args);
    const { total, ids } = await repos.claims.occurrences.load({
      id: c.id,
      ...page,
    });
    return toConnection(await loadAll(repos.occurrences.byId, ids), total, page);
  },
  disputedBy: relations('DISPUTES', 'IN'),
  disputes: relations('DISPUTES', 'OUT'),
  supportedBy: relations('SUPPORTS', 'IN'),
  supports: relations('SUPPORTS', 'OUT'),
  sourcing: (c) => ({
    occurrences: c.occurrenceCount ?? 0,
    sources: c.carryingSources ?? 0,
    origins: (c.originIds ?? []).map((entityId, i) => ({
      entityId,
      groupId: c.originGroupIds?.[i] ?? entityId,
    })),
    singleOrigin: c.singleOrigin ?? false,
    independentSources: c.independentSources ?? 0,
    namedSources: c.namedSources ?? 0,
    anonymousSources: c.anonymousSources ?? 0,
    deepestChain: c.deepestChain ?? 0,
    anonymousOnly: c.anonymousOnly ?? false,
    supportingClaims: c.supportingClaims ?? 0,
    corroborated: c.corroborated ?? false,
  }),
};

export const Origin: OriginResolvers<Context> = {
  entity: (o, _, { repos }) => loadLinked(repos.entities.byId, o.entityId, 'entity'),
  kind: async (o, _, { repos }) =>
    (await loadLinked(repos.entities.byId, o.entityId, 'entity')).kind as EntityKind,
  group: (o, _, { repos }) =>
    o.groupId === o.entityId ? null : loadLinked(repos.entities.byId, o.groupId, 'entity'),
};

export const ClaimRelation: ClaimRelationResolvers<Context> = {
  claim: (r, _, { repos }) => loadLinked(repos.claims.byId, r.claimId, 'claim'),
  evidence: (r, _, { repos }) => loadAll(repos.occurrences.byId, r.evidenceIds),
};

export const Review: ReviewResolvers<Context> = {
  rating: (r) => ({
    ratingValue: r.ratingValue,
    bestRating: r.bestRating,
    worstRating: r.worstRating,
    alternateName: r.alternateName,
  }),
  claim: (r, _, { repos }) => loadLinked(repos.claims.byId, r.claimId, 'claim'),
};
