import { nameKey } from '../bundle/names';
import { Context } from '../graphql/context';
import type { QueryResolvers } from '../graphql/generated';
import { badArgument } from '../graphql/errors';
import { parsePage, toConnection } from '../graphql/pagination';
import { dateArgument, intArgument, textArgument } from './args';
import { loadAll } from './load-all';
import { escapeLucene } from './lucene';
import { listShowsRelations, prefetchClaim, prefetchEntity } from './prefetch';

export const Query: Pick<
  QueryResolvers<Context>,
  | 'claim'
  | 'occurrence'
  | 'entity'
  | 'source'
  | 'claims'
  | 'entities'
  | 'connection'
  | 'timeline'
  | 'search'
> = {
  async claim(_, { id }, { repos }, info) {
    await prefetchClaim(repos, id, info);
    return repos.claims.byId.load(id);
  },
  occurrence: (_, { id }, { repos }) => repos.occurrences.byId.load(id),
  async entity(_, { id }, { repos }, info) {
    await prefetchEntity(repos, id, info);
    return repos.entities.byId.load(id);
  },
  source: (_, { id }, { repos }) => repos.sources.byId.load(id),

  async claims(_, args, { repos }, info) {
    const page = parsePage(args);
    const filter = {
      disputed: args.filter?.disputed ?? null,
      anonymousOnly: args.filter?.anonymousOnly ?? null,
      corroborated: args.filter?.corroborated ?? null,
      singleOrigin: args.filter?.singleOrigin ?? null,
    };
    const { total, items } = await repos.claims.list(filter, page, listShowsRelations(info));
    return toConnection(items, total, page);
  },

  async entities(_, args, { repos }) {
    const name = textArgument('name', args.name);
    const page = parsePage(args);
    const { total, ids } = await repos.entities.byName(nameKey(name), args.kind ?? null, page);
    return toConnection(await loadAll(repos.entities.byId, ids), total, page);
  },

  async connection(_, args, { repos }) {
    const maxHops = intArgument('maxHops', args.maxHops ?? 4, 1, 6);
    if (args.from === args.to) throw badArgument('to', args.to, 'an entity other than `from`');
    const found = await repos.entities.shortestConnection(args.from, args.to, maxHops);
    if (found === 'cut') return { hops: 0, steps: [], complete: false };
    if (!found) return null;
    const hops = (found.steps.length - 1) / 2;
    if (hops > maxHops) return null;
    return { hops, steps: found.steps, complete: true };
  },

  async timeline(_, args, { repos }) {
    const from = dateArgument('from', args.from);
    const to = dateArgument('to', args.to);
    if (from && to && from > to) throw badArgument('to', to, `on or after \`from\` (${from})`);
    if (!args.entityId && !from && !to)
      throw badArgument(
        'entityId',
        null,
        'given, or a `from` or `to` date, so the timeline has a scope',
      );
    const page = parsePage(args, 50);
    const { total, items } = args.entityId
      ? await repos.timeline.forEntity(args.entityId, from, to, page)
      : await repos.timeline.forRange(from, to, page);
    return toConnection(items, total, page);
  },

  async search(_, args, { repos }) {
    const query = textArgument('query', args.query);
    const page = parsePage(args);
    const { total, hits } = await repos.search.text(escapeLucene(query), page);
    return toConnection(hits, total, page);
  },
};
