import type { Context } from '../graphql/context';
import type {
  ClaimMatchResolvers,
  MatchedEntityResolvers,
  QueryMatchClaimsArgs,
  QueryResolvers,
} from '../graphql/generated';
import { badArgument } from '../graphql/errors';
import { embeddingsAvailable } from '../matching/embedding';
import { explainMatches, type Match, matchQuery } from '../matching/match-claims';
import { cleanStatement } from '../matching/text';
import { dateArgument, intArgument, textArgument } from './args';

/** Longest statement matchClaims takes: a long tweet thread or a paragraph of an article. */
export const MATCH_TEXT_MAX = 5000;
/** Lucene hits read when narrowing, since the narrowing applies after the ranking. */
const NARROWED_HITS = 5000;

/** Runs matchClaims for a statement: the request's repositories, validated arguments, explained matches. */
export async function matchClaims(
  repos: Context['repos'],
  args: QueryMatchClaimsArgs,
): Promise<Match[]> {
  const text = textArgument('text', args.text, MATCH_TEXT_MAX);
  const first = intArgument('first', args.first ?? 5, 1, 50);
  const from = dateArgument('from', args.from);
  const to = dateArgument('to', args.to);
  if (from && to && from > to) throw badArgument('to', to, `on or after \`from\` (${from})`);
  const entityId = args.entityId ?? null;
  if (entityId !== null) textArgument('entityId', entityId);
  const query = matchQuery(text);
  if (query === null) return [];
  const narrowed = entityId !== null || from !== null || to !== null;
  const narrowing = { entityId, from, to };
  const hits = narrowed ? NARROWED_HITS : undefined;
  const candidates = embeddingsAvailable()
    ? await repos.matching.claimsByMeaning(query, cleanStatement(text), narrowing, first, hits)
    : await repos.matching.claims(query, narrowing, first, hits);
  return explainMatches(text, candidates);
}

export const MatchingQuery: Pick<QueryResolvers<Context>, 'matchClaims'> = {
  matchClaims: (_, args, { repos }) => matchClaims(repos, args),
};

export const ClaimMatch: Pick<ClaimMatchResolvers<Context>, 'claim'> = {
  // The match query primed the loader with every claim it returned, so this is no round trip.
  claim: async (m, _, { repos }) => (await repos.claims.byId.load(m.claimId))!,
};

export const MatchedEntity: Pick<MatchedEntityResolvers<Context>, 'entity'> = {
  entity: async (e, _, { repos }) => (await repos.entities.byId.load(e.entityId))!,
};
