import neo4j from 'neo4j-driver';
import { connectionBudget, connectionProcedureAvailable } from '../connections/search';
import { QueryTimeoutError } from '../neo4j/errors';
import { Graph } from '../neo4j/graph';
import {
  MATCH_HITS,
  MatchCandidate,
  SEMANTIC_HITS,
  SEMANTIC_WEIGHT,
} from '../matching/match-claims';
import { Slice, sliceParams } from '../neo4j/slice';
import { Include, keyedLoader, pagedLoader } from './loader';
import {
  ClaimLinks,
  ClaimRecord,
  EntityRecord,
  EventRecord,
  IdPage,
  Included,
  NeighbourRecord,
  OccurrenceRecord,
  RelationRecord,
  SearchRecord,
  SourceRecord,
  TimelineRecord,
} from './records';

export interface ClaimFilterParams {
  disputed: boolean | null;
  anonymousOnly: boolean | null;
  corroborated: boolean | null;
  singleOrigin: boolean | null;
}

/** Full-text hits counted per search; a page can reach at most this far into the ranking. */
export const SEARCH_CAP = 1000;

const emptyPage: IdPage = { total: 0, ids: [] };

/**
 * Everything the resolvers may ask of the graph, created per request so that its DataLoaders
 * batch and cache within that request only.
 */
export function createRepositories(graph: Graph) {
  const include: Include = (included) => {
    if (!included) return;
    for (const c of included.claims ?? []) repos.claims.byId.prime(c.id, c);
    for (const o of included.occurrences ?? []) repos.occurrences.byId.prime(o.id, o);
    for (const e of included.entities ?? []) repos.entities.byId.prime(e.id, e);
    for (const ev of included.events ?? []) repos.events.byId.prime(ev.id, ev);
    for (const { key, value } of included.chains ?? []) repos.occurrences.chain.prime(key, value);
    for (const { key, value } of included.relations ?? []) repos.claims.relations.prime(key, value);
  };
  /** One row of a single-shot read, after priming the caches with what it included. */
  const readOne = async <T>(
    query: string,
    params: Record<string, unknown>,
  ): Promise<T | undefined> => {
    const [row] = await graph.read<T & { included?: Included | null }>(query, params);
    include(row?.included);
    return row;
  };

  const repos = {
    claims: {
      byId: keyedLoader<ClaimRecord | null>(graph, 'claims/find-claims-by-ids', null),
      /** Current disputes and supports, with what they point at. */
      relations: keyedLoader<RelationRecord[]>(graph, 'claims/find-claim-relations', [], include),
      links: keyedLoader<ClaimLinks>(graph, 'claims/find-claim-links', {
        entityIds: [],
        eventIds: [],
        reviews: [],
      }),
      occurrences: pagedLoader<IdPage>(graph, 'claims/find-claim-occurrences', emptyPage, include),
      /** A page of claims; with `withRelations`, each claim's relations come in the same trip. */
      async list(filter: ClaimFilterParams, slice: Slice, withRelations = false) {
        const row = (await readOne<{ total: number; items: ClaimRecord[] }>('claims/list-claims', {
          ...filter,
          ...sliceParams(slice),
          withRelations,
        }))!;
        for (const c of row.items) repos.claims.byId.prime(c.id, c);
        return row;
      },
    },
    occurrences: {
      byId: keyedLoader<OccurrenceRecord | null>(
        graph,
        'occurrences/find-occurrences-by-ids',
        null,
      ),
      chain: keyedLoader<string[]>(graph, 'occurrences/find-reporting-chains', []),
    },
    entities: {
      byId: keyedLoader<EntityRecord | null>(graph, 'entities/find-entities-by-ids', null),
      events: keyedLoader<string[]>(graph, 'entities/find-entity-events', []),
      claimsAsSpeaker: pagedLoader<IdPage>(
        graph,
        'entities/find-entity-claims-as-speaker',
        emptyPage,
      ),
      claimsAsSubject: pagedLoader<IdPage>(
        graph,
        'entities/find-entity-claims-as-subject',
        emptyPage,
      ),
      neighbourhood: pagedLoader<{ total: number; items: NeighbourRecord[] }>(
        graph,
        'entities/find-entity-neighbourhoods',
        { total: 0, items: [] },
        include,
      ),
      async byName(key: string, kind: string | null, slice: Slice) {
        const [row] = await graph.read<{ total: number; ids: string[] }>(
          'entities/find-entities-by-name',
          { key, kind, ...sliceParams(slice) },
        );
        return row ?? emptyPage;
      },
      /**
       * A shortest chain of at most `maxHops` entity hops (the fallback finds one of up to 6 and
       * the resolver drops longer ones), or null when none exists; `cut` when the search stopped
       * before it could tell: the procedure's budget of relationships read (CONNECTION_BUDGET) or
       * the query timeout (NEO4J_QUERY_TIMEOUT_MS). A chain may then exist, and the answer says so
       * instead of failing. The budget counts relationships, not time: a time budget shorter than
       * the timeout cut correct answers on a loaded machine where planning alone took seconds
       * (BENCHMARKS.md). docs/connections.md.
       */
      async shortestConnection(
        from: string,
        to: string,
        maxHops: number,
      ): Promise<{ steps: { id: string; kind: 'ENTITY' | 'CLAIM' | 'EVENT' }[] } | 'cut' | null> {
        type Found = {
          steps: { id: string; kind: 'ENTITY' | 'CLAIM' | 'EVENT' }[] | null;
          complete?: boolean;
          included?: Included | null;
        };
        try {
          const [row] = connectionProcedureAvailable()
            ? await graph.read<Found>('entities/find-shortest-connection-in-procedure', {
                from,
                to,
                maxRelationships: neo4j.int(2 * maxHops),
                budget: neo4j.int(connectionBudget()),
              })
            : await graph.read<Found>('entities/find-shortest-connection', { from, to });
          if (row?.complete === false) return 'cut';
          include(row?.included);
          return row?.steps ? { steps: row.steps } : null;
        } catch (error) {
          if (error instanceof QueryTimeoutError) return 'cut';
          throw error;
        }
      },
    },
    events: {
      byId: keyedLoader<EventRecord | null>(graph, 'events/find-events-by-ids', null),
      claims: keyedLoader<string[]>(graph, 'events/find-event-claims', []),
    },
    sources: {
      byId: keyedLoader<SourceRecord | null>(graph, 'sources/find-sources-by-ids', null),
    },
    timeline: {
      async forEntity(entityId: string, from: string | null, to: string | null, slice: Slice) {
        const row = await readOne<{ total: number; items: TimelineRecord[] }>(
          'timeline/timeline-for-entity',
          { entityId, from, to, ...sliceParams(slice) },
        );
        return row ?? { total: 0, items: [] };
      },
      async forRange(from: string | null, to: string | null, slice: Slice) {
        return (await readOne<{ total: number; items: TimelineRecord[] }>(
          'timeline/timeline-for-range',
          { from, to, ...sliceParams(slice) },
        ))!;
      },
    },
    matching: {
      /** The `limit` stored claims most like a statement (cypher/matching/match-claims), best first. */
      async claims(
        query: string,
        narrowing: { entityId: string | null; from: string | null; to: string | null },
        limit: number,
        hits = MATCH_HITS,
      ) {
        const rows = await graph.read<MatchCandidate>('matching/match-claims', {
          query,
          hits: neo4j.int(Math.max(hits, limit * 4)),
          limit: neo4j.int(limit),
          ...narrowing,
        });
        for (const row of rows) repos.claims.byId.prime(row.id, row.claim as ClaimRecord);
        return rows;
      },
      /**
       * The same by words and meaning (cypher/matching/match-claims-by-meaning): `text` is the
       * cleaned statement the store embeds. Only where the store can embed (src/matching/embedding).
       */
      async claimsByMeaning(
        query: string,
        text: string,
        narrowing: { entityId: string | null; from: string | null; to: string | null },
        limit: number,
        hits = SEMANTIC_HITS,
      ) {
        const rows = await graph.read<MatchCandidate>('matching/match-claims-by-meaning', {
          query,
          text,
          hits: neo4j.int(Math.max(hits, limit * 4)),
          limit: neo4j.int(limit),
          semanticWeight: SEMANTIC_WEIGHT,
          ...narrowing,
        });
        for (const row of rows) repos.claims.byId.prime(row.id, row.claim as ClaimRecord);
        return rows;
      },
    },
    search: {
      async text(query: string, slice: Slice) {
        return (await readOne<{ total: number; hits: SearchRecord[] }>('search/search-text', {
          query,
          cap: neo4j.int(SEARCH_CAP),
          ...sliceParams(slice),
        }))!;
      },
    },
  };
  return repos;
}

export type Repositories = ReturnType<typeof createRepositories>;
