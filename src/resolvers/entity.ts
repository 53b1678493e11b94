import { Context } from '../graphql/context';
import type {
  EntityResolvers,
  EventResolvers,
  NeighbourResolvers,
  PathStepResolvers,
  RoleResolvers,
  SearchHitResolvers,
  TimelineItemResolvers,
} from '../graphql/generated';
import { parsePage, PageArgs, toConnection } from '../graphql/pagination';
import { EntityRecord, EventRecord } from '../repositories/records';
import { loadAll, loadLinked } from './load-all';
import { decodeDate, UNKNOWN_DATE } from '../fuzzy-date';

const claimPage =
  (which: 'claimsAsSpeaker' | 'claimsAsSubject') =>
  async (e: EntityRecord, args: PageArgs, { repos }: Context) => {
    const page = parsePage(args);
    const { total, ids } = await repos.entities[which].load({
      id: e.id,
      ...page,
    });
    return toConnection(await loadAll(repos.claims.byId, ids), total, page);
  };

export const Entity: EntityResolvers<Context> = {
  aliases: (e) => e.aliases ?? [],
  sameAs: (e) => e.sameAs ?? [],
  anonymous: (e) =>
    e.kind === 'ANONYMOUS_SOURCE'
      ? {
          descriptor: e.descriptor ?? e.name,
          affiliation: e.affiliation ?? [],
          countMin: e.countMin ?? null,
          countMax: e.countMax ?? null,
        }
      : null,
  roles: (e) => e.roles ?? [],
  claimsAsSpeaker: claimPage('claimsAsSpeaker'),
  claimsAsSubject: claimPage('claimsAsSubject'),
  events: async (e, _, { repos }) =>
    loadAll(repos.events.byId, await repos.entities.events.load(e.id)),
  async neighbourhood(e, args, { repos }) {
    const page = parsePage(args);
    const { total, items } = await repos.entities.neighbourhood.load({
      id: e.id,
      ...page,
    });
    return toConnection(items, total, page);
  },
};

export const Role: RoleResolvers<Context> = {
  period: (r) => decodeDate(r, 'period'),
  of: (r, _, { repos }) => (r.ofId ? repos.entities.byId.load(r.ofId) : null),
};

export const Neighbour: NeighbourResolvers<Context> = {
  entity: (n, _, { repos }) => loadLinked(repos.entities.byId, n.entityId, 'entity'),
  claims: (n, _, { repos }) => loadAll(repos.claims.byId, n.claimIds),
  events: (n, _, { repos }) => loadAll(repos.events.byId, n.eventIds),
  claimCount: (n) => n.claimIds.length,
  eventCount: (n) => n.eventIds.length,
};

export const Event: EventResolvers<Context> = {
  date: (ev) => decodeDate(ev, 'date') ?? UNKNOWN_DATE,
  places: (ev, _, { repos }) => loadAll(repos.entities.byId, ev.placeIds),
  participants: (ev, _, { repos }) => loadAll(repos.entities.byId, ev.participantIds),
  claims: async (ev, _, { repos }) =>
    loadAll(repos.claims.byId, await repos.events.claims.load(ev.id)),
};

export const PathStep: PathStepResolvers<Context> = {
  entity: (s, _, { repos }) => (s.kind === 'ENTITY' ? repos.entities.byId.load(s.id) : null),
  claim: (s, _, { repos }) => (s.kind === 'CLAIM' ? repos.claims.byId.load(s.id) : null),
  event: (s, _, { repos }) => (s.kind === 'EVENT' ? repos.events.byId.load(s.id) : null),
};

export const TimelineItem: TimelineItemResolvers<Context> = {
  async date(item, _, { repos }) {
    const date =
      item.kind === 'EVENT'
        ? decodeDate((await repos.events.byId.load(item.id)) ?? {}, 'date')
        : decodeDate((await repos.claims.byId.load(item.id)) ?? {}, 'applies');
    return date ?? UNKNOWN_DATE;
  },
  event: (item, _, { repos }) => (item.kind === 'EVENT' ? repos.events.byId.load(item.id) : null),
  claim: (item, _, { repos }) => (item.kind === 'CLAIM' ? repos.claims.byId.load(item.id) : null),
};

export const SearchHit: SearchHitResolvers<Context> = {
  claim: (h, _, { repos }) => (h.kind === 'CLAIM' ? repos.claims.byId.load(h.id) : null),
  occurrence: (h, _, { repos }) => (h.kind === 'QUOTE' ? repos.occurrences.byId.load(h.id) : null),
  entity: (h, _, { repos }) => (h.kind === 'ENTITY' ? repos.entities.byId.load(h.id) : null),
  event: (h, _, { repos }) => (h.kind === 'EVENT' ? repos.events.byId.load(h.id) : null),
};

export type { EventRecord };
