import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { BundleValidationError } from '../../src/bundle/validate';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { loadSeeds } from '../../src/ingest/seed';
import { articleBundle, uniqueTag } from '../support/bundles';
import { countOwned, createWriteTestApp, WriteTestApp } from '../support/writes';

const MAIN = 'claim:musk-putin-regular-contact';
const SOURCING = `sourcing {
  occurrences sources independentSources namedSources anonymousSources anonymousOnly corroborated
  singleOrigin supportingClaims origins { entity { id } kind group { id } }
}`;
const CLAIM = `query($id: ID!) { claim(id: $id) {
  id ${SOURCING}
  disputedBy { id claim { id } }
  occurrences(first: 50) { edges { node {
    id stance hearsayDepth source { id }
    chain { position speaker { id } reportedBy { id } source { id } }
  } } }
} }`;

type Hop = {
  position: number;
  speaker: { id: string };
  reportedBy: { id: string };
  source: { id: string };
};

/** The refusal `ingestBundle` throws, as path → message. */
async function refusal(app: WriteTestApp, bundle: unknown): Promise<Map<string, string>> {
  try {
    await ingestBundle(app.graph, bundle);
  } catch (error) {
    if (!(error instanceof BundleValidationError)) throw error;
    return new Map(error.problems.map((p) => [p.path, p.message]));
  }
  throw new Error('the bundle was accepted');
}

describe('many articles, one graph', () => {
  let app: WriteTestApp;
  const claim = async (id: string) => {
    const { data, errors } = await app.gql(CLAIM, { id });
    expect(errors).toBeUndefined();
    return data.claim;
  };
  const occurrence = (c: any, id: string) =>
    c.occurrences.edges.map((e: any) => e.node).find((o: any) => o.id === id);

  beforeAll(async () => {
    app = await createWriteTestApp(uniqueTag('cross'));
    // The seed, then the three scenario articles that pick up its claims, by the start-up path.
    const loaded = await loadSeeds(app.graph, path.join(PROJECT_ROOT, 'seeds'));
    expect(loaded.map((s) => path.basename(path.dirname(s.file)))).toEqual([
      'musk-putin-starlink',
      'scenario-1-kremlin-denial',
      'scenario-2-wire-relay',
      'scenario-3-unattributed-repeat',
    ]);
  });
  afterAll(() => app.close());

  describe('the scenario: a denial, a relay of the Journal, an unattributed repeat', () => {
    it('when the disputing article has loaded, then the main claim is still anonymous-only, uncorroborated and of one origin', async () => {
      const main = await claim(MAIN);
      expect(main.sourcing).toMatchObject({
        independentSources: 1,
        namedSources: 0,
        anonymousSources: 1,
        anonymousOnly: true,
        corroborated: false,
        origins: [
          {
            entity: { id: 'anon:officials-us-europe-russia' },
            kind: 'ANONYMOUS_SOURCE',
            group: null,
          },
        ],
      });
      expect(main.disputedBy.map((d: any) => d.claim.id)).toEqual(
        expect.arrayContaining([
          'claim:musk-spoke-with-putin-once',
          'claim:wsj-regular-contact-report-false',
          'claim:putin-musk-one-phone-call-before-2022',
        ]),
      );
    });

    it('when the denial mentions the Journal only to dispute it, then the mention is marked DISPUTES and is not a carrying source', async () => {
      const main = await claim(MAIN);
      expect(occurrence(main, 'occ:scenario/denial/wsj-report').stance).toBe('DISPUTES');
      expect(occurrence(main, 'occ:regular-contact/wsj').stance).toBe('REPORTS');
      // The seed, the relay and the repeat carry it; the denial does not.
      expect(main.sourcing.sources).toBe(3);
    });

    it('when the relay names the Journal but not its sources, then the Journal is no origin: the graph knows it relays the officials', async () => {
      const main = await claim(MAIN);
      const relay = occurrence(main, 'occ:scenario/relay/wsj-regular-contact');
      expect(relay.chain.map((h: Hop) => h.speaker.id)).toEqual(['outlet:wsj']);
      expect(main.sourcing.origins.map((o: any) => o.entity.id)).not.toContain('outlet:wsj');
    });

    it('when many sources carry a claim that traces back to one origin, then it is flagged single-origin and the filter finds it', async () => {
      const main = await claim(MAIN);
      expect(main.sourcing.singleOrigin).toBe(true);
      const { data } = await app.gql(
        `{ claims(filter: {singleOrigin: true}, first: 100) { totalCount edges { node { id sourcing { singleOrigin corroborated } } } } }`,
      );
      const ids = data.claims.edges.map((e: any) => e.node.id);
      expect(ids).toEqual(
        expect.arrayContaining([MAIN, 'claim:musk-putin-discuss-range-of-topics']),
      );
      for (const e of data.claims.edges)
        expect(e.node.sourcing).toEqual({ singleOrigin: true, corroborated: false });
      const { data: none } = await app.gql(
        `{ claims(filter: {singleOrigin: false}, first: 100) { edges { node { id } } } }`,
      );
      expect(none.claims.edges.map((e: any) => e.node.id)).not.toContain(MAIN);
    });

    it("when the Kremlin's account supports Musk's, then Musk's claim is corroborated by two independent origins and not flagged", async () => {
      const once = await claim('claim:musk-spoke-with-putin-once');
      expect(once.sourcing).toMatchObject({
        corroborated: true,
        singleOrigin: false,
        supportingClaims: 1,
        origins: [{ entity: { id: 'person:elon-musk' }, kind: 'PERSON' }],
      });
    });
  });

  describe('chains across sources', () => {
    it('when a later article relays a hop stored from another source, then chain and hearsayDepth follow it and name the source of each hop', async () => {
      const main = await claim(MAIN);
      const repeat = occurrence(main, 'occ:scenario/repeat/regular-contact');
      expect(repeat.hearsayDepth).toBe(2);
      expect(repeat.chain.map((h: Hop) => [h.speaker.id, h.source.id])).toEqual([
        ['outlet:scenario-aggregator', 'source:scenario-3-unattributed-repeat'],
        ['outlet:wsj', 'source:scenario-2-wire-relay'],
      ]);
      const denial = occurrence(main, 'occ:scenario/denial/wsj-report');
      expect(denial.chain.map((h: Hop) => [h.speaker.id, h.reportedBy.id, h.source.id])).toEqual([
        ['outlet:wsj', 'outlet:scenario-denial-desk', 'source:scenario-1-kremlin-denial'],
        ['anon:officials-us-europe-russia', 'outlet:wsj', 'source:musk-putin-starlink'],
      ]);
    });

    it('when the provenance is exported, then the cross-source hops are in it with the source each stands in', async () => {
      const response = await app.server.fetch(
        `http://claimgraph.test/exports/provenance/${encodeURIComponent(MAIN)}`,
      );
      expect(response.status).toBe(200);
      const doc = await response.json();
      const nodes: any[] = doc['@graph'];
      const node = (id: string) =>
        nodes.find(
          (n) => String(n['@id']).endsWith(encodeURIComponent(id)) || String(n['@id']).endsWith(id),
        );
      const repeat = node('occ:scenario/repeat/regular-contact');
      expect(repeat).toBeDefined();
      expect(JSON.stringify(repeat.wasQuotedFrom)).toContain('scenario/relay/wsj-regular-contact');
      expect(JSON.stringify(repeat.hasSource)).toContain('scenario-3-unattributed-repeat');
      expect(JSON.stringify(node('occ:scenario/relay/wsj-regular-contact').hasSource)).toContain(
        'scenario-2-wire-relay',
      );
    });
  });

  describe('stored records by id', () => {
    it('when a bundle names stored ids that do not exist, then it is refused, every one listed with its path, and nothing is written', async () => {
      const tag = uniqueTag('unknown');
      const text = 'The desk repeats the claim. The desk disputes it.';
      const problems = await refusal(
        app,
        articleBundle(tag, text, {
          claims: [{ id: `${tag}:claim`, text: 'A claim.', subjects: ['person:nobody-stored'] }],
          occurrences: [
            {
              id: `${tag}:o1`,
              claim: 'claim:not-stored',
              speaker: 'person:nobody-stored',
              reportedBy: `${tag}:desk`,
              verb: 'repeats',
              quotedFrom: 'occ:not-stored',
              exact: 'The desk repeats the claim.',
            },
          ],
          relations: [
            {
              id: `${tag}:rel`,
              kind: 'DISPUTES',
              from: `${tag}:claim`,
              to: 'claim:also-not-stored',
              evidence: [`${tag}:o1`],
            },
          ],
        }),
      );
      expect([...problems.keys()].sort()).toEqual([
        'claims[0].subjects[0]',
        'occurrences[0].claim',
        'occurrences[0].quotedFrom',
        'occurrences[0].speaker',
        'relations[0].to',
      ]);
      expect(problems.get('occurrences[0].quotedFrom')).toContain('"occ:not-stored"');
      expect(problems.get('relations[0].to')).toMatch(/claim "claim:also-not-stored".*not stored/);
      expect(await countOwned(app.graph, tag)).toEqual({ nodes: 0, relationships: 0 });
    });

    it('when a bundle restates a stored claim with other words, then it is refused showing both texts; with the same words it loads', async () => {
      const tag = uniqueTag('restate');
      const text = 'Officials say Musk and Putin talk.';
      const restating = (words: string) =>
        articleBundle(tag, text, {
          claims: [{ id: MAIN, text: words }],
          occurrences: [
            {
              id: `${tag}:o`,
              claim: MAIN,
              speaker: `${tag}:desk`,
              reportedBy: `${tag}:desk`,
              verb: 'says',
              stance: 'DISPUTES',
              exact: 'Musk and Putin talk',
            },
          ],
        });
      const problems = await refusal(app, restating('Musk and Putin talk all the time.'));
      expect(problems.get('claims[0].text')).toContain(
        '"Elon Musk and Vladimir Putin have been in regular contact since late 2022."',
      );
      expect(problems.get('claims[0].text')).toContain('"Musk and Putin talk all the time."');
      expect(await countOwned(app.graph, tag)).toEqual({ nodes: 0, relationships: 0 });

      const same = await ingestBundle(
        app.graph,
        restating('Elon Musk and Vladimir Putin have been in regular contact since late 2022.'),
      );
      expect(same.counts.occurrences).toBe(1);
      expect((await claim(MAIN)).sourcing).toMatchObject({
        independentSources: 1,
        corroborated: false,
      });
    });

    it('when a hop relays a stored hop of another claim, or a stored non-outlet reports it, then it is refused', async () => {
      const tag = uniqueTag('kinds');
      const text = 'The desk repeats what Musk said.';
      const problems = await refusal(
        app,
        articleBundle(tag, text, {
          occurrences: [
            {
              id: `${tag}:o`,
              claim: MAIN,
              speaker: 'person:elon-musk',
              reportedBy: 'person:elon-musk',
              verb: 'repeats',
              quotedFrom: 'occ:spoke-once/musk',
              exact: 'The desk repeats what Musk said.',
            },
          ],
        }),
      );
      expect(problems.get('occurrences[0].quotedFrom')).toContain('another claim');
      expect(problems.get('occurrences[0].reportedBy')).toContain('is a PERSON');
    });
  });

  describe('origins, not copies', () => {
    const tag = uniqueTag('origins');
    const id = (s: string) => `${tag}:${s}`;
    const first = () =>
      articleBundle(`${tag}:a`, 'Two officials said the dam leaks.', {
        entities: [
          {
            id: id('officials'),
            kind: 'ANONYMOUS_SOURCE',
            name: `Two officials ${tag}`,
            anonymous: { descriptor: 'Two officials' },
          },
        ],
        claims: [{ id: id('leaks'), text: `The dam ${tag} leaks.` }],
        occurrences: [
          {
            id: id('o-officials'),
            claim: id('leaks'),
            speaker: id('officials'),
            reportedBy: `${tag}:a:desk`,
            verb: 'said',
            exact: 'Two officials said the dam leaks.',
          },
        ],
      });
    const mention = (part: string, speaker: string, stance: 'REPORTS' | 'DISPUTES') =>
      articleBundle(`${tag}:${part}`, `${speaker} says the dam leaks.`, {
        entities: [{ id: id(speaker), kind: 'PERSON', name: `${speaker} ${tag}` }],
        occurrences: [
          {
            id: id(`o-${part}`),
            claim: id('leaks'),
            speaker: id(speaker),
            reportedBy: `${tag}:${part}:desk`,
            verb: 'says',
            stance,
            exact: `${speaker} says the dam leaks.`,
          },
        ],
      });

    it('when a later article mentions a claim only to dispute it, then it adds no origin; when one passes it on, it does', async () => {
      await ingestBundle(app.graph, first());
      await ingestBundle(app.graph, mention('b', 'Mayor', 'DISPUTES'));
      expect((await claim(id('leaks'))).sourcing).toMatchObject({
        origins: [{ entity: { id: id('officials') } }],
        corroborated: false,
        sources: 1,
      });
      await ingestBundle(app.graph, mention('c', 'Engineer', 'REPORTS'));
      const after = (await claim(id('leaks'))).sourcing;
      expect(after.origins.map((o: any) => o.entity.id).sort()).toEqual(
        [id('Engineer'), id('officials')].sort(),
      );
      expect(after).toMatchObject({ corroborated: true, namedSources: 1, sources: 2 });
    });

    it('when two origins belong to one group, then they count as one independent source, and the group is shown', async () => {
      const t = uniqueTag('group');
      const text =
        'The Morning Post reports the mine closed. The Evening Post reports the mine closed too.';
      await ingestBundle(
        app.graph,
        articleBundle(t, text, {
          entities: [
            { id: `${t}:group`, kind: 'ORGANIZATION', name: `Post Group ${t}` },
            { id: `${t}:morning`, kind: 'OUTLET', name: `Morning Post ${t}`, partOf: `${t}:group` },
            { id: `${t}:evening`, kind: 'OUTLET', name: `Evening Post ${t}`, partOf: `${t}:group` },
          ],
          claims: [{ id: `${t}:closed`, text: 'The mine closed.' }],
          occurrences: [
            {
              id: `${t}:o-morning`,
              claim: `${t}:closed`,
              speaker: `${t}:morning`,
              reportedBy: `${t}:morning`,
              verb: 'reports',
              exact: 'The Morning Post reports the mine closed.',
            },
            {
              id: `${t}:o-evening`,
              claim: `${t}:closed`,
              speaker: `${t}:evening`,
              reportedBy: `${t}:evening`,
              verb: 'reports',
              exact: 'The Evening Post reports the mine closed too.',
            },
          ],
        }),
      );
      const { sourcing } = await claim(`${t}:closed`);
      expect(sourcing.origins).toHaveLength(2);
      for (const o of sourcing.origins) expect(o.group).toEqual({ id: `${t}:group` });
      expect(sourcing).toMatchObject({ independentSources: 1, corroborated: false });
    });

    it('when an outlet of a group is merged into another outlet, then the survivor joins the group', async () => {
      const t = uniqueTag('group-merge');
      const text = 'The Noon Post reports the port reopened.';
      await ingestBundle(
        app.graph,
        articleBundle(t, text, {
          entities: [
            { id: `${t}:group`, kind: 'ORGANIZATION', name: `Noon Group ${t}` },
            { id: `${t}:noon`, kind: 'OUTLET', name: `Noon Post ${t}`, partOf: `${t}:group` },
          ],
        }),
      );
      const response = await app.gql(
        `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { movedRelationships } }`,
        { input: { survivorId: `${t}:desk`, duplicateId: `${t}:noon`, reason: 'one outlet' } },
        { as: 'admin' },
      );
      expect(response.errors).toBeUndefined();
      const [row] = await app.graph.runRaw(
        'MATCH (:Entity {id: $id})-[:PART_OF]->(g:Entity) RETURN collect(g.id) AS groups',
        { id: `${t}:desk` },
      );
      expect(row.groups).toEqual([`${t}:group`]);
    });
  });

  describe('the write API follows the same rules', () => {
    it('when a bundle with unknown stored ids comes through ingestBundle, then BAD_USER_INPUT lists each with its path', async () => {
      const tag = uniqueTag('api');
      const bundle = articleBundle(tag, 'The desk says so.', {
        occurrences: [
          {
            id: `${tag}:o`,
            claim: 'claim:nowhere',
            speaker: `${tag}:desk`,
            reportedBy: `${tag}:desk`,
            verb: 'says',
            quotedFrom: 'occ:nowhere',
            exact: 'The desk says so.',
          },
        ],
      });
      const response = await app.gql(
        `mutation($bundle: JSON!) { ingestBundle(bundle: $bundle) { bundleId } }`,
        { bundle },
        { as: 'admin' },
      );
      expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].extensions!.problems.map((p: any) => p.path).sort()).toEqual([
        'occurrences[0].claim',
        'occurrences[0].quotedFrom',
      ]);
      expect(await countOwned(app.graph, tag)).toEqual({ nodes: 0, relationships: 0 });
    });

    it('when addOccurrence relays a hop of another source only to dispute it, then it is one hop deeper and adds no origin', async () => {
      const tag = uniqueTag('api-hop');
      const text = 'A columnist writes that the officials got it wrong about regular contact.';
      await ingestBundle(app.graph, articleBundle(tag, text, {}));
      const response = await app.gql(
        `mutation($input: AddOccurrenceInput!) { addOccurrence(input: $input) { occurrence { id stance hearsayDepth chain { source { id } } } } }`,
        {
          input: {
            id: `${tag}:o`,
            claimId: MAIN,
            sourceId: `${tag}:source`,
            speakerId: 'outlet:wsj',
            reportedById: `${tag}:desk`,
            verb: 'writes',
            exact: 'the officials got it wrong about regular contact',
            quotedFromId: 'occ:regular-contact/officials',
            stance: 'DISPUTES',
          },
        },
        { as: 'editor' },
      );
      expect(response.errors).toBeUndefined();
      const added = response.data.addOccurrence.occurrence;
      expect(added.stance).toBe('DISPUTES');
      expect(added.hearsayDepth).toBe(2);
      expect(added.chain.map((h: any) => h.source.id)).toEqual([
        `${tag}:source`,
        'source:musk-putin-starlink',
      ]);
      const main = await claim(MAIN);
      expect(main.sourcing).toMatchObject({
        independentSources: 1,
        corroborated: false,
        sources: 3,
      });
    });
  });
});
