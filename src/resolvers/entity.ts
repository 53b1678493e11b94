import { Context } from '../graphql/context';
import { parsePage, toConnection } from '../graphql/pagination';
import {
  EntityRecord,
  EventRecord,
  NeighbourRecord,
  PathStepRecord,
  RoleRecord,
  SearchRecord,
  TimelineRecord,
} from '../repositories/records';
import { loadAll, loadLinked } from './load-all';
import { decodeDate, UNKNOWN_DATE } from '../fuzzy-date';

type PageArgs = { first?: number | null; after?: string | null };

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

export const Entity = {
  aliases: (e: EntityRecord) => e.aliases ?? [],
  sameAs: (e: EntityRecord) => e.sameAs ?? [],
  anonymous: (e: EntityRecord) =>
    e.kind === 'ANONYMOUS_SOURCE'
      ? {
          descriptor: e.descriptor ?? e.name,
          affiliation: e.affiliation ?? [],
          countMin: e.countMin ?? null,
          countMax: e.countMax ?? null,
        }
      : null,
  roles: (e: EntityRecord) => e.roles ?? [],
  claimsAsSpeaker: claimPage('claimsAsSpeaker'),
  claimsAsSubject: claimPage('claimsAsSubject'),
  events: async (e: EntityRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.events.byId, await repos.entities.events.load(e.id)),
  async neighbourhood(e: EntityRecord, args: PageArgs, { repos }: Context) {
    const page = parsePage(args);
    const { total, items } = await repos.entities.neighbourhood.load({
      id: e.id,
      ...page,
    });
    return toConnection(items, total, page);
  },
};

export const Role = {
  period: (r: RoleRecord) => decodeDate(r, 'period'),
  of: (r: RoleRecord, _: unknown, { repos }: Context) =>
    r.ofId ? repos.entities.byId.load(r.ofId) : null,
};

export const Neighbour = {
  entity: (n: NeighbourRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, n.entityId, 'entity'),
  claims: (n: NeighbourRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.claims.byId, n.claimIds),
  events: (n: NeighbourRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.events.byId, n.eventIds),
  claimCount: (n: NeighbourRecord) => n.claimIds.length,
  eventCount: (n: NeighbourRecord) => n.eventIds.length,
};

export const Event = {
  date: (ev: EventRecord) => decodeDate(ev, 'date') ?? UNKNOWN_DATE,
  places: (ev: EventRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.entities.byId, ev.placeIds),
  participants: (ev: EventRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.entities.byId, ev.participantIds),
  claims: async (ev: EventRecord, _: unknown, { repos }: Context) =>
    loadAll(repos.claims.byId, await repos.events.claims.load(ev.id)),
};

export const PathStep = {
  entity: (s: PathStepRecord, _: unknown, { repos }: Context) =>
    s.kind === 'ENTITY' ? repos.entities.byId.load(s.id) : null,
  claim: (s: PathStepRecord, _: unknown, { repos }: Context) =>
    s.kind === 'CLAIM' ? repos.claims.byId.load(s.id) : null,
  event: (s: PathStepRecord, _: unknown, { repos }: Context) =>
    s.kind === 'EVENT' ? repos.events.byId.load(s.id) : null,
};

export const TimelineItem = {
  async date(item: TimelineRecord, _: unknown, { repos }: Context) {
    if (item.kind === 'EVENT')
      return Event.date((await repos.events.byId.load(item.id)) as EventRecord);
    const claim = await repos.claims.byId.load(item.id);
    return (claim && decodeDate(claim, 'applies')) ?? UNKNOWN_DATE;
  },
  event: (item: TimelineRecord, _: unknown, { repos }: Context) =>
    item.kind === 'EVENT' ? repos.events.byId.load(item.id) : null,
  claim: (item: TimelineRecord, _: unknown, { repos }: Context) =>
    item.kind === 'CLAIM' ? repos.claims.byId.load(item.id) : null,
};

export const SearchHit = {
  claim: (h: SearchRecord, _: unknown, { repos }: Context) =>
    h.kind === 'CLAIM' ? repos.claims.byId.load(h.id) : null,
  occurrence: (h: SearchRecord, _: unknown, { repos }: Context) =>
    h.kind === 'QUOTE' ? repos.occurrences.byId.load(h.id) : null,
  entity: (h: SearchRecord, _: unknown, { repos }: Context) =>
    h.kind === 'ENTITY' ? repos.entities.byId.load(h.id) : null,
  event: (h: SearchRecord, _: unknown, { repos }: Context) =>
    h.kind === 'EVENT' ? repos.events.byId.load(h.id) : null,
};

export type { EventRecord };
