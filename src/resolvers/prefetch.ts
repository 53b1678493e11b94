import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, ResolveTree } from 'graphql-parse-resolve-info';
import { Page, parsePage } from '../graphql/pagination';
import { Repositories } from '../repositories';

/**
 * Root fields that look ahead. `claim(id)` and `entity(id)` know at once the id every nested list
 * hangs from, so before loading the record itself they ask the page query of the list the
 * selection shows, which brings the record, the page and the records the page points at in one
 * round trip (claims/find-claim-occurrences, entities/find-entity-neighbourhoods); `claims(...)`
 * asks its page with the claims' disputes and supports when its nodes show them. The record's
 * own load and the nested resolvers then find everything cached (DataLoader caches by key), so an
 * answer is exactly what it would have been without this, in one trip instead of one per level.
 */

/** The fields a resolver's own field selects on `typeName`, aliases and fragments resolved, arguments coerced. */
function selected(info: GraphQLResolveInfo, typeName: string): ResolveTree[] {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree ? Object.values(tree.fieldsByTypeName[typeName] ?? {}) : [];
}

/** A page a nested field will ask for, or null when its arguments are bad: its own resolver reports that. */
function pageOf(field: ResolveTree): Page | null {
  try {
    return parsePage(field.args);
  } catch {
    return null;
  }
}

/** Waits for a load whose result the resolvers collect from the cache; a failure surfaces there, not here. */
const settle = (load: Promise<unknown>) =>
  load.then(
    () => undefined,
    () => undefined,
  );

const RELATION_FIELDS = new Set(['disputedBy', 'disputes', 'supportedBy', 'supports']);
const LINK_FIELDS = new Set(['subjects', 'events', 'reviews']);

export async function prefetchClaim(
  repos: Repositories,
  id: string,
  info: GraphQLResolveInfo,
): Promise<void> {
  const fields = selected(info, 'Claim');
  const occurrences = fields.find((f) => f.name === 'occurrences');
  const page = occurrences ? pageOf(occurrences) : null;
  const relations = fields.some((f) => RELATION_FIELDS.has(f.name));
  // What the claim is about goes beside, in parallel: no query brings it with the rest.
  if (fields.some((f) => LINK_FIELDS.has(f.name))) void settle(repos.claims.links.load(id));
  if (page || relations)
    await settle(
      repos.claims.occurrences.load({ id, ...(page ?? { skip: 0, limit: 0 }), relations }),
    );
}

export async function prefetchEntity(
  repos: Repositories,
  id: string,
  info: GraphQLResolveInfo,
): Promise<void> {
  const neighbourhood = selected(info, 'Entity').find((f) => f.name === 'neighbourhood');
  const page = neighbourhood ? pageOf(neighbourhood) : null;
  if (page) await settle(repos.entities.neighbourhood.load({ id, ...page }));
}

/** Whether a claims connection's nodes show their disputes or supports, so the page should bring them. */
export function listShowsRelations(info: GraphQLResolveInfo): boolean {
  const edges = selected(info, 'ClaimConnection').filter((f) => f.name === 'edges');
  const nodes = edges
    .flatMap((e) => Object.values(e.fieldsByTypeName.ClaimEdge ?? {}))
    .filter((f) => f.name === 'node');
  return nodes.some((n) =>
    Object.values(n.fieldsByTypeName.Claim ?? {}).some((f) => RELATION_FIELDS.has(f.name)),
  );
}
