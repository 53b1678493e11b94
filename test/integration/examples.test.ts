import { Example, loadExamples } from '../../src/graphql/examples';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { loadSeeds } from '../../src/ingest/seed';
import { createTestApp, TestApp } from '../support/app';

const examples = new Map<string, Example>(loadExamples().map((e) => [`${e.user}/${e.name}`, e]));

describe('GraphiQL example operations answer their questions from the seeds', () => {
  let app: TestApp;
  const run = async (name: string) => {
    const example = examples.get(name);
    if (!example) throw new Error(`no example ${name}`);
    const { data, errors } = await app.gql(example.query);
    expect(errors).toBeUndefined();
    return data;
  };
  beforeAll(async () => {
    app = await createTestApp();
    // Every article under seeds/, as start-up loads them: the seed and the scenario that picks it up.
    await loadSeeds(app.graph, path.join(PROJECT_ROOT, 'seeds'));
  });
  afterAll(() => app.close());

  it('when GraphiQL opens, then it offers at least two examples for each user', async () => {
    const users = [...examples.values()].map((e) => e.user);
    for (const user of ['researcher', 'fact-checker', 'analyst'])
      expect(users.filter((u) => u === user).length).toBeGreaterThanOrEqual(2);
    const page = await app.server.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toContain('ClaimProvenance');
  });

  it('researcher/claim-provenance: the regular-contact claim came from anonymous officials, via the WSJ, into the article', async () => {
    const { claim } = await run('researcher/claim-provenance');
    expect(claim.sourcing).toMatchObject({
      independentSources: 1,
      anonymousSources: 1,
      namedSources: 0,
      deepestChain: 2,
      anonymousOnly: true,
    });
    const deepest = claim.occurrences.edges[0].node;
    expect(deepest.hearsayDepth).toBe(2);
    expect(deepest.chain.map((h: any) => [h.verb, h.speaker.name, h.reportedBy.name])).toEqual([
      ['according to', 'The Wall Street Journal', expect.stringContaining('not named')],
      [
        'sourced from',
        'Several current and former officials across the US, Europe, and Russia',
        'The Wall Street Journal',
      ],
    ]);
    expect(deepest.quote.exact).toContain(
      'maintained ongoing contact with Russian President Vladimir Putin since late 2022',
    );
    expect(claim.appliesTo).toEqual({
      text: 'late 2022',
      earliest: '2022-09-01',
      latest: '2022-12-31',
      precision: 'YEAR_PART',
    });
  });

  it('researcher/reliance-on-anonymous-sources: the regular-contact and pressure claims rest on anonymous sources only', async () => {
    const { claims } = await run('researcher/reliance-on-anonymous-sources');
    const ids = claims.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'claim:musk-putin-regular-contact',
        'claim:musk-contacts-under-pressure-from-moscow',
      ]),
    );
    expect(ids).not.toContain('claim:musk-spoke-with-putin-once');
    for (const e of claims.edges) expect(e.node.sourcing.anonymousSources).toBeGreaterThan(0);
  });

  it('fact-checker/disputed-claims: both seed disputes name Musk as the disputing speaker', async () => {
    const { claims } = await run('fact-checker/disputed-claims');
    const byId = new Map(claims.edges.map((e: any) => [e.node.id, e.node]));
    for (const id of [
      'claim:musk-putin-regular-contact',
      'claim:musk-ordered-starlink-disconnection',
    ]) {
      const disputed: any = byId.get(id);
      const speakers = disputed.disputedBy.flatMap((d: any) =>
        d.claim.occurrences.edges.map((o: any) => o.node.speaker.name),
      );
      expect(speakers).toContain('Elon Musk');
    }
    const once: any = byId.get('claim:musk-putin-regular-contact');
    const said = once.disputedBy[0].claim.occurrences.edges
      .map((o: any) => o.node.said)
      .filter(Boolean);
    expect(said.length).toBeGreaterThan(0);
  });

  it('fact-checker/sourcing-overview: corroborated claims have two independent sources or support', async () => {
    const { anonymousOnly, corroborated } = await run('fact-checker/sourcing-overview');
    expect(anonymousOnly.totalCount).toBeGreaterThan(0);
    for (const e of corroborated.edges) {
      const s = e.node.sourcing;
      expect(s.corroborated).toBe(true);
      expect(s.independentSources >= 2 || s.supportingClaims >= 1).toBe(true);
    }
    expect(corroborated.edges.map((e: any) => e.node.id)).toContain(
      'claim:starlink-lost-connection-in-sevastopol-attack',
    );
  });

  it('fact-checker/circular-reporting: the regular-contact claim is carried by three articles but traces back to the anonymous officials alone', async () => {
    const { claims } = await run('fact-checker/circular-reporting');
    const byId = new Map(claims.edges.map((e: any) => [e.node.id, e.node]));
    const main: any = byId.get('claim:musk-putin-regular-contact');
    expect(main.sourcing).toMatchObject({
      sources: 3,
      independentSources: 1,
      corroborated: false,
      singleOrigin: true,
      origins: [
        {
          kind: 'ANONYMOUS_SOURCE',
          entity: {
            id: 'anon:officials-us-europe-russia',
            name: 'Several current and former officials across the US, Europe, and Russia',
          },
        },
      ],
    });
    for (const e of claims.edges) {
      expect(e.node.sourcing.independentSources).toBeLessThanOrEqual(1);
      expect(e.node.sourcing.sources).toBeGreaterThanOrEqual(2);
    }
    // The unattributed repeat's chain crosses into the relay article, where it stops at the Journal.
    const repeat = main.occurrences.edges
      .map((e: any) => e.node)
      .find((o: any) => o.source.id === 'source:scenario-3-unattributed-repeat');
    expect(repeat.chain.map((h: any) => h.source.id)).toEqual([
      'source:scenario-3-unattributed-repeat',
      'source:scenario-2-wire-relay',
    ]);
  });

  it("analyst/musk-connections: Putin is Musk's closest neighbour, linked by claims and events", async () => {
    const { entities } = await run('analyst/musk-connections');
    const musk = entities.edges[0].node;
    expect(musk.id).toBe('person:elon-musk');
    const putin = musk.neighbourhood.edges.find(
      (e: any) => e.node.entity.id === 'person:vladimir-putin',
    );
    expect(putin.node.claimCount).toBeGreaterThan(0);
    expect(putin.node.claims.map((c: any) => c.id)).toContain('claim:musk-putin-regular-contact');
    expect(musk.neighbourhood.edges[0].node.entity.id).toBe('person:vladimir-putin');
    const names: string[] = musk.neighbourhood.edges.map((e: any) => e.node.entity.name);
    expect(names.some((n) => /dolphin|pantsir/i.test(n))).toBe(false);
  });

  it('analyst/shortest-chain: Musk reaches Kiriyenko in one hop, through the expanded-contact claim', async () => {
    const { connection } = await run('analyst/shortest-chain');
    expect(connection.hops).toBe(1);
    expect(connection.steps[0].entity.name).toBe('Elon Musk');
    expect(connection.steps[1].claim.text).toMatch(/Kiriyenko/);
    expect(connection.steps[2].entity.name).toBe('Sergei Kiriyenko');
  });

  it('analyst/starlink-timeline: items come in interval order, May 2022 before September 2022 before September 2023', async () => {
    const { timeline } = await run('analyst/starlink-timeline');
    const dated = timeline.edges.map((e: any) => e.node.date).filter((d: any) => d.earliest);
    const earliest = dated.map((d: any) => d.earliest);
    expect([...earliest].sort()).toEqual(earliest);
    const texts = dated.map((d: any) => d.text);
    expect(texts.indexOf('May 2022')).toBeLessThan(texts.indexOf('September 2022'));
    expect(texts.indexOf('September 2022')).toBeLessThan(texts.indexOf('September 2023'));
    expect(dated.find((d: any) => d.text === 'May 2022').precision).toBe('MONTH');
  });

  it('analyst/search-sevastopol: the place itself ranks first and the Sevastopol Bay claim is found', async () => {
    const { search } = await run('analyst/search-sevastopol');
    expect(search.edges[0].node.entity.name).toBe('Sevastopol');
    const scores = search.edges.map((e: any) => e.node.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const claimIds = search.edges
      .map((e: any) => e.node.claim?.id ?? e.node.occurrence?.claim.id)
      .filter(Boolean);
    expect(claimIds).toContain('claim:starlink-lost-connection-in-sevastopol-attack');
  });
});
