import neo4j from 'neo4j-driver';
import { Graph } from '../../src/neo4j/graph';
import { Included, RelationRecord } from '../../src/repositories/records';
import { createTestApp, loadSeed, TestApp } from '../support/app';

/**
 * The page and list queries return, beside their answers, the records those answers point at, so
 * that the next level of resolvers needs no round trip (src/repositories/loader.ts). The records
 * themselves share one projection each (cypher/fragments/, held to that by
 * test/unit/cypher-text.test.ts); what is still said in more than one query is checked here: a
 * claim's relations, read three ways, and the reporting chains a page brings.
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

  it('when every seed claim is listed, paged and asked for its relations, then the three readings of its relations agree and each page brings its occurrences and chains', async () => {
    const claims = await graph.runRaw('MATCH (c:Claim) RETURN c.id AS id ORDER BY id LIMIT 100');
    const ids = claims.map((c) => c.id as string);
    expect(ids.length).toBeGreaterThanOrEqual(20);

    const [list] = await graph.read<{ items: { id: string }[]; included: Included }>(
      'claims/list-claims',
      {
        disputed: null,
        anonymousOnly: null,
        corroborated: null,
        singleOrigin: null,
        skip: neo4j.int(0),
        limit: neo4j.int(100),
        withRelations: true,
      },
    );
    expect(list.items.map((c) => c.id)).toEqual(ids);
    const listed = new Map(list.included.relations!.map(({ key, value }) => [key, value]));
    expect([...listed.keys()]).toEqual(ids);

    const named = await graph.read<{ key: string; value: RelationRecord[]; included: Included }>(
      'claims/find-claim-relations',
      { ids },
    );
    // A claim without relations has no row; the seed's disputes and supports are there.
    expect(named.length).toBeGreaterThanOrEqual(4);
    for (const id of ids)
      expect(named.find((r) => r.key === id)?.value ?? []).toEqual(listed.get(id));
    for (const row of named) {
      // What the relations point at comes with them: the other claims and the evidence.
      const claimIds = row.included.claims!.map((c) => c.id);
      for (const r of row.value) {
        expect(claimIds).toContain(r.claimId);
        for (const e of r.evidenceIds)
          expect(row.included.occurrences!.map((o) => o.id)).toContain(e);
      }
    }

    const pages = await graph.read<{ key: string; value: { ids: string[] }; included: Included }>(
      'claims/find-claim-occurrences',
      {
        pages: ids.map((id) => ({
          key: id,
          id,
          skip: neo4j.int(0),
          limit: neo4j.int(100),
          relations: true,
        })),
      },
    );
    expect(pages).toHaveLength(ids.length);
    let chains = 0;
    for (const row of pages) {
      expect(row.included.relations).toEqual([{ key: row.key, value: listed.get(row.key) }]);
      expect(row.included.claims?.map((c) => c.id)).toContain(row.key);
      for (const id of row.value.ids)
        expect(row.included.occurrences?.map((o) => o.id)).toContain(id);
      for (const { key, value } of row.included.chains ?? []) {
        const [chain] = await graph.read<{ value: string[] }>('occurrences/find-reporting-chains', {
          ids: [key],
        });
        expect(value).toEqual(chain.value);
        chains += 1;
      }
    }
    // The seed has 28 occurrences, each with its chain.
    expect(chains).toBeGreaterThanOrEqual(28);
  });

  // The range timeline writes its records out itself (properties() instead of the fragments'
  // `{.*}`, which would stop Neo4j reading the order keys out of the index): they must be the
  // by-id records all the same.
  it('when the whole dated seed is asked as a range timeline, then its included claims and events equal their by-id records', async () => {
    const [page] = await graph.read<{ items: { id: string; kind: string }[]; included: Included }>(
      'timeline/timeline-for-range',
      { from: '0001-01-01', to: null, skip: neo4j.int(0), limit: neo4j.int(100) },
    );
    const claims = page.included.claims ?? [];
    const events = page.included.events ?? [];
    expect(claims.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    expect(claims.length + events.length).toBe(page.items.length);
    const byId = async (query: string, ids: string[]) =>
      new Map(
        (await graph.read<{ key: string; value: unknown }>(query, { ids })).map((r) => [
          r.key,
          r.value,
        ]),
      );
    const storedClaims = await byId(
      'claims/find-claims-by-ids',
      claims.map((c) => c.id),
    );
    for (const c of claims) expect(c).toEqual(storedClaims.get(c.id));
    const storedEvents = await byId(
      'events/find-events-by-ids',
      events.map((e) => e.id),
    );
    for (const e of events)
      expect({
        ...e,
        placeIds: [...e.placeIds].sort(),
        participantIds: [...e.participantIds].sort(),
      }).toEqual(
        (({ placeIds, participantIds, ...rest }: typeof e) => ({
          ...rest,
          placeIds: [...placeIds].sort(),
          participantIds: [...participantIds].sort(),
        }))(storedEvents.get(e.id) as typeof e),
      );
  });
});
