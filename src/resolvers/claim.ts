import { Context } from '../graphql/context';
import { parsePage, toConnection } from '../graphql/pagination';
import { ClaimRecord, RelationRecord, ReviewRecord } from '../repositories/records';
import { decodeDate } from '../fuzzy-date';
import { loadAll, loadLinked } from './load-all';

type PageArgs = { first?: number | null; after?: string | null };

const relations =
  (kind: RelationRecord['kind'], direction: RelationRecord['direction']) =>
  async (claim: ClaimRecord, _: unknown, { repos }: Context) =>
    (await repos.claims.relations.load(claim.id)).filter(
      (r) => r.kind === kind && r.direction === direction,
    );

export const Claim = {
  appliesTo: (c: ClaimRecord) => decodeDate(c, 'applies'),
  subjects: async (c: ClaimRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.entities.byId, (await repos.claims.links.load(c.id)).entityIds),
  events: async (c: ClaimRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.events.byId, (await repos.claims.links.load(c.id)).eventIds),
  reviews: async (c: ClaimRecord, _: unknown, { repos }: Context) =>
    (await repos.claims.links.load(c.id)).reviews.map((r) => ({ ...r, claimId: c.id })),
  async occurrences(c: ClaimRecord, args: PageArgs, { repos }: Context) {
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
  sourcing: (c: ClaimRecord) => ({
    occurrences: c.occurrenceCount ?? 0,
    independentSources: c.independentSources ?? 0,
    namedSources: c.namedSources ?? 0,
    anonymousSources: c.anonymousSources ?? 0,
    deepestChain: c.deepestChain ?? 0,
    anonymousOnly: c.anonymousOnly ?? false,
    supportingClaims: c.supportingClaims ?? 0,
    corroborated: c.corroborated ?? false,
  }),
};

export const ClaimRelation = {
  claim: (r: RelationRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.claims.byId, r.claimId, 'claim'),
  evidence: (r: RelationRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.occurrences.byId, r.evidenceIds),
};

export const Review = {
  rating: (r: ReviewRecord) => ({
    ratingValue: r.ratingValue,
    bestRating: r.bestRating,
    worstRating: r.worstRating,
    alternateName: r.alternateName,
  }),
  claim: (r: ReviewRecord & { claimId: string }, _: unknown, { repos }: Context) =>
    loadLinked(repos.claims.byId, r.claimId, 'claim'),
};
