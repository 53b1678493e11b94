import neo4j from 'neo4j-driver';
import { Graph } from '../../src/neo4j/graph';
import { Included } from '../../src/repositories/records';
import { createTestApp, loadSeed, TestApp } from '../support/app';

/**
 * The page and list queries return, beside their answers, the records those answers point at, so
 * that the next level of resolvers needs no round trip (src/repositories/loader.ts). Those records
 * are projected in each query's own Cypher; these tests hold every one of them to the record its
 * by-id query gives, over the whole seed, so that the two projections cannot drift apart.
 */
describe('records included beside an answer', () => {
  let app: TestApp;
  let graph: Graph;
  beforeAll(async () => {
    app = await createTestApp();
    graph = app.graph;
    await loadSeed(graph);
  });
  afterAll(() => app.close());

  const BY_ID = {
    claims: 'claims/find-claims-by-ids',
    occurrences: 'occurrences/find-occurrences-by-ids',
    entities: 'entities/find-entities-by-ids',
    events: 'events/find-events-by-ids',
  } as const;

  /** Checks every included record against its by-id record; returns how many it checked. */
  async function expectSameAsById(included: Included | null | undefined): Promise<number> {
    let checked = 0;
    for (const [kind, query] of Object.entries(BY_ID) as [keyof typeof BY_ID, string][]) {
      const records = (included?.[kind] ?? []) as { id: string }[];
      if (records.length === 0) continue;
      const rows = await graph.read<{ key: string; value: unknown }>(query, {
        ids: records.map((r) => r.id),
      });
      const byId = new Map(rows.map((r) => [r.key, r.value]));
      for (const record of records) expect(record).toEqual(byId.get(record.id));
      checked += records.length;
    }
    for (const { key, value } of included?.chains ?? []) {
      const [row] = await graph.read<{ value: string[] }>('occurrences/find-reporting-chains', {
        ids: [key],
      });
      expect(value).toEqual(row.value);
      checked += 1;
    }
    return checked;
  }

  const page = (id: string, relations = false) => ({
    key: id,
    id,
    skip: neo4j.int(0),
    limit: neo4j.int(100),
    relations,
  });

  it('when every seed claim is listed and paged for occurrences and relations, then each included record equals its by-id record and both queries agree on relations', async () => {
    const claims = await graph.runRaw('MATCH (c:Claim) RETURN c.id AS id ORDER BY id LIMIT 100');
    const ids = claims.map((c) => c.id as string);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    let checked = 0;
    const relations = new Map<string, unknown>();
    for (const withRelations of [false, true]) {
      const [list] = await graph.read<{ items: { id: string }[]; included: Included | null }>(
        'claims/list-claims',
        {
          disputed: null,
          anonymousOnly: null,
          corroborated: null,
          singleOrigin: null,
          skip: neo4j.int(0),
          limit: neo4j.int(100),
          withRelations,
        },
      );
      expect(list.items.map((c) => c.id)).toEqual(ids);
      if (!withRelations) expect(list.included).toBeNull();
      for (const { key, value } of list.included?.relations ?? []) relations.set(key, value);
      checked += await expectSameAsById(list.included);
    }
    // Every claim on the page has its entry, and the seed's disputes are among them.
    expect([...relations.keys()]).toEqual(ids);
    expect(
      [...relations.values()].filter((v) => (v as unknown[]).length > 0).length,
    ).toBeGreaterThanOrEqual(4);
    for (const withRelations of [false, true]) {
      const pages = await graph.read<{ key: string; value: { ids: string[] }; included: Included }>(
        'claims/find-claim-occurrences',
        { pages: ids.map((id) => page(id, withRelations)) },
      );
      expect(pages).toHaveLength(ids.length);
      for (const row of pages) {
        // Every occurrence on the page, and every hop of its chain, comes with it, and so does the claim.
        for (const id of row.value.ids)
          expect(row.included.occurrences?.map((o) => o.id)).toContain(id);
        expect(row.included.claims?.map((c) => c.id)).toContain(row.key);
        // Relations come only when asked for, and then exactly as a page of claims brings them.
        expect(row.included.relations).toEqual(
          withRelations ? [{ key: row.key, value: relations.get(row.key) }] : [],
        );
        checked += await expectSameAsById(row.included);
      }
    }
    // The seed has 28 occurrences, 33 entities and disputes with evidence: all of them were seen.
    expect(checked).toBeGreaterThan(60);
  });

  it('when neighbourhoods, search, timelines and a connection are read, then each included record equals its by-id record', async () => {
    const people = ['person:elon-musk', 'person:vladimir-putin', 'person:ian-bremmer'];
    const neighbourhoods = await graph.read<{ key: string; included: Included }>(
      'entities/find-entity-neighbourhoods',
      { pages: people.map((id) => page(id)) },
    );
    // The entity itself comes first, then its neighbours on the page.
    for (const row of neighbourhoods) expect(row.included.entities?.[0].id).toBe(row.key);
    const search = await graph.read<{ included: Included }>('search/search-text', {
      query: 'Starlink',
      cap: neo4j.int(1000),
      skip: neo4j.int(0),
      limit: neo4j.int(100),
    });
    const forEntity = await graph.read<{ included: Included }>('timeline/timeline-for-entity', {
      entityId: 'person:elon-musk',
      from: null,
      to: null,
      skip: neo4j.int(0),
      limit: neo4j.int(100),
    });
    const forRange = await graph.read<{ included: Included }>('timeline/timeline-for-range', {
      from: '2021-01-01',
      to: '2023-12-31',
      skip: neo4j.int(0),
      limit: neo4j.int(100),
    });
    const connection = await graph.read<{ included: Included }>(
      'entities/find-shortest-connection',
      { from: 'person:dmitry-rogozin', to: 'person:ian-bremmer' },
    );
    const counts = [];
    for (const rows of [neighbourhoods, search, forEntity, forRange, connection]) {
      expect(rows.length).toBeGreaterThan(0);
      let checked = 0;
      for (const row of rows) checked += await expectSameAsById(row.included);
      counts.push(checked);
    }
    // Each kind of answer brought records along.
    for (const checked of counts) expect(checked).toBeGreaterThan(0);
  });
});
