import type { GraphQLResolveInfo } from 'graphql';
import { nameKey } from '../bundle/names';
import { Context } from '../graphql/context';
import { badArgument } from '../graphql/errors';
import { parsePage, toConnection } from '../graphql/pagination';
import { dateArgument, intArgument, textArgument } from './args';
import { loadAll } from './load-all';
import { escapeLucene } from './lucene';
import { listShowsRelations, prefetchClaim, prefetchEntity } from './prefetch';

type PageArgs = { first?: number | null; after?: string | null };

export const Query = {
  async claim(_: unknown, { id }: { id: string }, { repos }: Context, info: GraphQLResolveInfo) {
    await prefetchClaim(repos, id, info);
    return repos.claims.byId.load(id);
  },
  occurrence: (_: unknown, { id }: { id: string }, { repos }: Context) =>
    repos.occurrences.byId.load(id),
  async entity(_: unknown, { id }: { id: string }, { repos }: Context, info: GraphQLResolveInfo) {
    await prefetchEntity(repos, id, info);
    return repos.entities.byId.load(id);
  },
  source: (_: unknown, { id }: { id: string }, { repos }: Context) => repos.sources.byId.load(id),

  async claims(
    _: unknown,
    args: PageArgs & {
      filter?: {
        disputed?: boolean | null;
        anonymousOnly?: boolean | null;
        corroborated?: boolean | null;
      } | null;
    },
    { repos }: Context,
    info: GraphQLResolveInfo,
  ) {
    const page = parsePage(args);
    const filter = {
      disputed: args.filter?.disputed ?? null,
      anonymousOnly: args.filter?.anonymousOnly ?? null,
      corroborated: args.filter?.corroborated ?? null,
    };
    const { total, items } = await repos.claims.list(filter, page, listShowsRelations(info));
    return toConnection(items, total, page);
  },

  async entities(
    _: unknown,
    args: PageArgs & { name: string; kind?: string | null },
    { repos }: Context,
  ) {
    const name = textArgument('name', args.name);
    const page = parsePage(args);
    const { total, ids } = await repos.entities.byName(nameKey(name), args.kind ?? null, page);
    return toConnection(await loadAll(repos.entities.byId, ids), total, page);
  },

  async connection(
    _: unknown,
    args: { from: string; to: string; maxHops?: number | null },
    { repos }: Context,
  ) {
    const maxHops = intArgument('maxHops', args.maxHops ?? 4, 1, 6);
    if (args.from === args.to) throw badArgument('to', args.to, 'an entity other than `from`');
    const steps = await repos.entities.shortestConnection(args.from, args.to);
    if (!steps) return null;
    const hops = (steps.length - 1) / 2;
    if (hops > maxHops) return null;
    return { hops, steps };
  },

  async timeline(
    _: unknown,
    args: PageArgs & { entityId?: string | null; from?: string | null; to?: string | null },
    { repos }: Context,
  ) {
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

  async search(_: unknown, args: PageArgs & { query: string }, { repos }: Context) {
    const query = textArgument('query', args.query);
    const page = parsePage(args);
    const { total, hits } = await repos.search.text(escapeLucene(query), page);
    return toConnection(hits, total, page);
  },
};
