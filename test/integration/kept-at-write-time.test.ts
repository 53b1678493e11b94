import { generateBundle, World } from '../../bench/generate';
import { Principal } from '../../src/auth/roles';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createWrites } from '../../src/mutations';
import { applySchema } from '../../src/neo4j/schema-setup';
import { soakCypher } from '../../soak/checks';
import { createTestApp, TestApp } from '../support/app';
import { uniqueTag } from '../support/bundles';

/**
 * Values kept at write time must equal what a recount over every claim gives: the claim tallies
 * behind a filtered page's totalCount (claims/refresh-claim-tallies), and the time spans and date
 * tallies behind a range timeline's bounded seeks and its totalCount (timeline/refresh-time-spans),
 * after concurrent ingestions, mutations, corrections and retractions.
 */
describe('values kept at write time', () => {
  let app: TestApp;
  let world: World;
  const editor: Principal = { id: 'kept-counts-test', role: 'editor', via: 'api-key' };
  const flags = [null, true, false];
  const filters = flags.flatMap((disputed) =>
    flags.flatMap((anonymousOnly) =>
      flags.map((corroborated) => ({ disputed, anonymousOnly, corroborated })),
    ),
  );

  /** totalCount of claims(filter) against a plain count over every claim, for all 27 filters. */
  const countsAgainstRecount = async () => {
    const out: { filter: object; kept: number; recount: number }[] = [];
    for (const filter of filters) {
      const [plain] = await app.graph.runRaw(
        `MATCH (c:Claim)
         WHERE ($disputed IS NULL OR c.disputed = $disputed) AND ($anonymousOnly IS NULL OR c.anonymousOnly = $anonymousOnly)
           AND ($corroborated IS NULL OR c.corroborated = $corroborated)
         RETURN count(c) AS total`,
        filter,
      );
      const { data, errors } = await app.gql(
        `query ($filter: ClaimFilter) { claims(filter: $filter, first: 1) { totalCount } }`,
        { filter },
      );
      expect(errors).toBeUndefined();
      out.push({ filter, kept: data.claims.totalCount, recount: Number(plain.total) });
    }
    return out;
  };

  /** The date tallies whose kept count differs from a count from scratch (the soak's check). */
  const dateTallyMismatches = async () => app.graph.runRaw(soakCypher('compare-date-tallies'));

  /** Month, day, open-ended and long windows: range timeline totalCount against a plain overlap filter. */
  const windows: [string | null, string | null][] = [
    ['2019-03-01', '2019-03-31'],
    ['2019-02-01', '2019-02-28'],
    ['2019-01-01', '2019-01-31'],
    ['2018-12-01', '2018-12-31'],
    ['2012-10-01', '2012-10-31'],
    ['1995-06-01', '1995-06-30'],
    ['2019-03-14', '2019-03-14'],
    ['2000-01-01', '2000-01-01'],
    ['2003-02-15', '2008-11-20'],
    ['1999-12-31', '2000-01-01'],
    ['0001-01-01', '0001-01-31'],
    ['2019-06-01', null],
    [null, '1995-01-31'],
    [null, '2010-07-04'],
    ['2024-12-31', null],
  ];
  const totalsAgainstFilter = async () => {
    const out: { window: (string | null)[]; kept: number; filtered: number }[] = [];
    for (const [from, to] of windows) {
      const [plain] = await app.graph.runRaw(
        `MATCH (x) WHERE (x:Event AND x.dateEarliest IS NOT NULL) OR (x:Claim AND x.appliesEarliest IS NOT NULL)
         WITH CASE WHEN x:Event THEN x.dateEarliest ELSE x.appliesEarliest END AS earliest,
              CASE WHEN x:Event THEN x.dateLatest ELSE x.appliesLatest END AS latest
         WHERE ($to IS NULL OR earliest <= $to) AND ($from IS NULL OR coalesce(latest, earliest) >= $from)
         RETURN count(*) AS total`,
        { from, to },
      );
      const { data, errors } = await app.gql(
        `query ($from: String, $to: String) { timeline(from: $from, to: $to, first: 1) { totalCount } }`,
        { from, to },
      );
      expect(errors).toBeUndefined();
      out.push({
        window: [from, to],
        kept: data.timeline.totalCount,
        filtered: Number(plain.total),
      });
    }
    return out;
  };

  // Concurrent loads on a shared 2-core machine: generous timeouts, since what is tested is
  // exactness, not speed.
  jest.setTimeout(300000);
  beforeAll(async () => {
    app = await createTestApp({ NEO4J_QUERY_TIMEOUT_MS: '120000' });
  });
  afterAll(() => app.close());

  // Bundles of one synthetic world share hub entities, and two of them in flight deadlock on
  // those (docs/ingest-throughput.md): the retries outlast the driver's 30 s on a loaded machine.
  // Four worlds of their own entities still share every tally, which is what is tested here.
  it('when four bundles are ingested at once, then every filtered totalCount equals a recount', async () => {
    const before = await countsAgainstRecount();
    const worlds = [21, 22, 23, 24].map(
      (seed) => new World({ seed, claims: 150, claimsPerBundle: 150, tag: uniqueTag('kept') }),
    );
    world = worlds[0];
    const results = await Promise.all(
      worlds.map((w) => ingestBundle(app.graph, generateBundle(w, 0).input)),
    );
    expect(results.reduce((n, r) => n + r.counts.claims, 0)).toBe(600);
    const after = await countsAgainstRecount();
    for (const row of after) expect(row).toEqual({ ...row, kept: row.recount });
    // The load moved the counts, so the comparison above is not of two unchanged numbers.
    const disputed = (rows: typeof after) =>
      rows.find((r) => JSON.stringify(r.filter) === JSON.stringify(filters[9]))!.recount;
    expect(filters[9]).toEqual({ disputed: true, anonymousOnly: null, corroborated: null });
    expect(disputed(after)).toBeGreaterThan(disputed(before));
    expect(await dateTallyMismatches()).toEqual([]);
    for (const row of await totalsAgainstFilter())
      expect(row).toEqual({ ...row, kept: row.filtered });
  });

  it('when disputes are retracted and added while more bundles load, then every filtered totalCount still equals a recount', async () => {
    const writes = createWrites(app.graph);
    const relations = await app.graph.runRaw(
      `MATCH (r:ClaimRelation {kind: 'DISPUTES'})-[:TO]->(c:Claim)
       WHERE r.id STARTS WITH $ns AND r.retractedAt IS NULL
       RETURN r.id AS id, c.id AS to, head([(c)<-[:OF_CLAIM]-(o) | o.id]) AS evidence
       ORDER BY r.id LIMIT 4`,
      { ns: world.ns },
    );
    expect(relations.length).toBe(4);
    const [plainClaim] = await app.graph.runRaw(
      `MATCH (c:Claim) WHERE c.id STARTS WITH $ns AND NOT c.disputed RETURN c.id AS id ORDER BY c.id LIMIT 1`,
      { ns: world.ns },
    );
    const more = [31, 32].map(
      (seed) => new World({ seed, claims: 100, claimsPerBundle: 100, tag: uniqueTag('more') }),
    );
    await Promise.all([
      ...relations.map((r) =>
        writes.retractRelation(editor, { relationId: r.id, reason: 'test: retracted' }),
      ),
      writes.addRelation(editor, 'DISPUTES', {
        fromClaimId: relations[0].to,
        toClaimId: plainClaim.id,
        evidence: [relations[0].evidence],
        note: 'test: a new dispute',
      }),
      writes.addClaim(editor, { text: 'A claim with no occurrence yet', subjects: [] }),
      ...more.map((w) => ingestBundle(app.graph, generateBundle(w, 0).input)),
    ]);
    const [flag] = await app.graph.runRaw('MATCH (c:Claim {id: $id}) RETURN c.disputed AS d', {
      id: plainClaim.id,
    });
    expect(flag.d).toBe(true);
    for (const row of await countsAgainstRecount())
      expect(row).toEqual({ ...row, kept: row.recount });
    const [sum] = await app.graph.runRaw(
      `MATCH (t:ClaimTally) WITH sum(t.count) AS kept MATCH (c:Claim) RETURN kept, count(c) AS claims`,
    );
    expect(Number(sum.kept)).toBe(Number(sum.claims));
    expect(await dateTallyMismatches()).toEqual([]);
  });

  // Corrections that move claims' dates, in parallel with ingestions whose items share the same
  // years and months: every tally a correction leaves is one an ingestion adds to.
  it('when claims are corrected to other dates while bundles load, then every date tally equals a recount and totalCount a plain filter', async () => {
    const writes = createWrites(app.graph);
    const dated = await app.graph.runRaw(
      `MATCH (c:Claim) WHERE c.id STARTS WITH $ns AND c.appliesEarliest IS NOT NULL
       RETURN c.id AS id, c.version AS version ORDER BY c.id LIMIT 6`,
      { ns: world.ns },
    );
    expect(dated.length).toBe(6);
    const periods = [
      { text: 'March 2019', earliest: '2019-03-01', latest: '2019-03-31', precision: 'MONTH' },
      { text: '14 March 2019', earliest: '2019-03-14', latest: '2019-03-14', precision: 'DAY' },
      { text: '2012', earliest: '2012-01-01', latest: '2012-12-31', precision: 'YEAR' },
      { text: 'the 2000s', earliest: '2000-01-01', latest: '2009-12-31', precision: 'DECADE' },
      { text: 'an unknown date', precision: 'UNKNOWN' },
      { text: 'late 1999', earliest: '1999-09-01', latest: '1999-12-31', precision: 'YEAR_PART' },
    ];
    const before = await totalsAgainstFilter();
    const more = [41, 42].map(
      (seed) => new World({ seed, claims: 100, claimsPerBundle: 100, tag: uniqueTag('dates') }),
    );
    await Promise.all([
      ...dated.map((c, i) =>
        writes.recordCorrection(editor, {
          claimId: c.id,
          expectedVersion: Number(c.version),
          appliesTo: periods[i],
          reason: 'test: the date was wrong',
        }),
      ),
      ...more.map((w) => ingestBundle(app.graph, generateBundle(w, 0).input)),
    ]);
    const [moved] = await app.graph.runRaw(
      `MATCH (c:Claim {id: $id}) RETURN c.appliesEarliest AS earliest, c.appliesOrder AS key`,
      { id: dated[2].id },
    );
    expect(moved.earliest).toBe('2012-01-01');
    expect(await dateTallyMismatches()).toEqual([]);
    const after = await totalsAgainstFilter();
    for (const row of after) expect(row).toEqual({ ...row, kept: row.filtered });
    // The corrections reached the windows compared: October 2012 gained the claim moved there.
    const october = (rows: typeof after) =>
      rows.find((r) => r.window[0] === '2012-10-01')!.filtered;
    expect(october(after)).toBeGreaterThan(october(before));
  });

  it('when a store holds dated items but no date tallies, then applying the schema counts them from scratch, once', async () => {
    const [{ tallies }] = await app.graph.runRaw('MATCH (t:DateTally) RETURN count(t) AS tallies');
    expect(Number(tallies)).toBeGreaterThan(6);
    await app.graph.runRaw(
      `MATCH (t:DateTally) DETACH DELETE t WITH count(*) AS gone
       MATCH (m:SchemaMigration {id: 'date-tallies'}) DELETE m`,
    );
    const [{ none }] = await app.graph.runRaw('MATCH (t:DateTally) RETURN count(t) AS none');
    expect(Number(none)).toBe(0);
    await applySchema(app.graph);
    expect(await dateTallyMismatches()).toEqual([]);
    const [{ rebuilt }] = await app.graph.runRaw('MATCH (t:DateTally) RETURN count(t) AS rebuilt');
    expect(Number(rebuilt)).toBeGreaterThan(6);
    for (const row of await totalsAgainstFilter())
      expect(row).toEqual({ ...row, kept: row.filtered });
    // Marked done: a second start-up leaves the tallies alone (a wrong count stays wrong).
    await app.graph.runRaw(
      `MATCH (t:DateTally) WITH t ORDER BY t.key LIMIT 1 SET t.count = t.count + 1000`,
    );
    await applySchema(app.graph);
    expect((await dateTallyMismatches()).length).toBe(1);
    await app.graph.runRaw(
      `MATCH (t:DateTally) WITH t ORDER BY t.key LIMIT 1 SET t.count = t.count - 1000`,
    );
    expect(await dateTallyMismatches()).toEqual([]);
  });

  // Intervals of every span class, including ones that cross a year, outlast a decade, or are
  // written with days no calendar has: the range timeline must list exactly what a plain overlap
  // filter lists, and a correction that moves a claim's dates must move it in the timeline.
  it('when claims of every interval length are added and one is corrected, then month windows list what a plain overlap filter lists', async () => {
    const writes = createWrites(app.graph);
    const tag = uniqueTag('spans');
    const intervals: [string, string][] = [
      ['2019-03-14', '2019-03-14'],
      ['2019-02-01', '2019-02-28'],
      ['2019-01-25', '2019-03-02'],
      ['2018-11-01', '2019-02-28'],
      ['2018-12-31', '2019-01-01'],
      ['2019-01-01', '2019-12-31'],
      ['2018-07-01', '2019-06-30'],
      ['2010-01-01', '2019-12-31'],
      ['1900-01-01', '2100-12-31'],
      ['2019-02-30', '2019-02-31'],
      ['2019-03-05', '2019-03-05'],
      ['2019-03-05', '2019-03-05'],
    ];
    const ids: string[] = [];
    for (const [i, [earliest, latest]] of intervals.entries()) {
      const { claimId } = await writes.addClaim(editor, {
        id: `${tag}:c${i}`,
        text: `Interval ${earliest} to ${latest}`,
        subjects: [],
        appliesTo: { text: `${earliest}/${latest}`, earliest, latest, precision: 'DAY' },
      });
      ids.push(claimId);
    }
    // A date whose last day is unknown (which mutations refuse but a store may hold) ends, for
    // the timeline, on its first day; the write-time hook keys it so.
    const open = await writes.addClaim(editor, {
      id: `${tag}:open`,
      text: 'Interval from 2019-03-10, end unknown',
      subjects: [],
      appliesTo: {
        text: '10 March 2019',
        earliest: '2019-03-10',
        latest: '2019-03-10',
        precision: 'DAY',
      },
    });
    await app.graph.runRaw('MATCH (c:Claim {id: $id}) REMOVE c.appliesLatest', {
      id: open.claimId,
    });
    await app.graph.write('timeline/refresh-time-spans', { ids: [open.claimId] });
    ids.push(open.claimId);
    const [stored] = await app.graph.runRaw(
      `MATCH (c:Claim) WHERE c.id STARTS WITH $tag RETURN collect(c.appliesSpan) AS spans`,
      { tag },
    );
    expect(new Set(stored.spans as number[])).toEqual(new Set([0, 1, 2, 3, 4]));
    await writes.recordCorrection(editor, {
      claimId: ids[0],
      expectedVersion: 1,
      appliesTo: {
        text: 'the 1990s',
        earliest: '1990-01-01',
        latest: '1999-12-31',
        precision: 'DECADE',
      },
      reason: 'test: the date was wrong',
    });

    const windows: [string | null, string | null][] = [
      ['2019-03-01', '2019-03-31'],
      ['2019-02-01', '2019-02-28'],
      ['2019-01-01', '2019-01-31'],
      ['2018-12-01', '2018-12-31'],
      ['1995-06-01', '1995-06-30'],
      ['2019-03-14', '2019-03-14'],
      ['0001-01-01', '0001-01-31'],
      ['2019-06-01', null],
      [null, '1995-01-31'],
    ];
    for (const [from, to] of windows) {
      const [plain] = await app.graph.runRaw(
        `MATCH (x) WHERE (x:Event AND x.dateEarliest IS NOT NULL) OR (x:Claim AND x.appliesEarliest IS NOT NULL)
         WITH x, CASE WHEN x:Event THEN x.dateEarliest ELSE x.appliesEarliest END AS earliest,
              CASE WHEN x:Event THEN x.dateLatest ELSE x.appliesLatest END AS latest
         WHERE ($to IS NULL OR earliest <= $to) AND ($from IS NULL OR coalesce(latest, earliest) >= $from)
         WITH x ORDER BY earliest, latest, x.id
         WITH collect(x.id) AS ids
         RETURN size(ids) AS total, ids[0..20] AS page, [id IN ids WHERE id STARTS WITH $tag] AS ours`,
        { from, to, tag },
      );
      const { data, errors } = await app.gql(
        `query ($from: String, $to: String) { timeline(from: $from, to: $to, first: 20) { totalCount edges { node { event { id } claim { id } } } } }`,
        { from, to },
      );
      expect(errors).toBeUndefined();
      expect({
        window: [from, to],
        total: data.timeline.totalCount,
        page: data.timeline.edges.map(
          (e: { node: { event?: { id: string }; claim?: { id: string } } }) =>
            (e.node.event ?? e.node.claim)!.id,
        ),
      }).toEqual({ window: [from, to], total: Number(plain.total), page: plain.page });
      // Page by page (three items each, through the cursors), the order is the filter's too.
      const paged: string[] = [];
      let after: string | null = null;
      for (let n = 0; n < 4; n++) {
        const next: { data?: any; errors?: unknown } = await app.gql(
          `query ($from: String, $to: String, $after: String) { timeline(from: $from, to: $to, first: 3, after: $after) { pageInfo { endCursor } edges { node { event { id } claim { id } } } } }`,
          { from, to, after },
        );
        expect(next.errors).toBeUndefined();
        for (const e of next.data.timeline.edges as {
          node: { event?: { id: string }; claim?: { id: string } };
        }[])
          paged.push((e.node.event ?? e.node.claim)!.id);
        after = next.data.timeline.pageInfo.endCursor;
        if (!after) break;
      }
      expect({ window: [from, to], paged }).toEqual({
        window: [from, to],
        paged: (plain.page as string[]).slice(0, paged.length),
      });
      expect(paged.length).toBe(Math.min(12, Number(plain.total)));
    }
    // The windows above reached this test's own intervals, not only other tests' data.
    const [march] = await app.graph.runRaw(
      `MATCH (c:Claim) WHERE c.id STARTS WITH $tag AND c.appliesEarliest <= '2019-03-31'
         AND coalesce(c.appliesLatest, c.appliesEarliest) >= '2019-03-01' RETURN count(c) AS n`,
      { tag },
    );
    expect(Number(march.n)).toBeGreaterThanOrEqual(5);
  });
});
