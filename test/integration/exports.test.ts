import { XMLParser } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { configEntry, generateKey } from '../../src/auth/keys';
import { loadConfig } from '../../src/config';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createServer } from '../../src/server';
import { createTestApp, loadSeed, TestApp } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';

const SCHEMA = 'https://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';
const OA = 'http://www.w3.org/ns/oa#';
const REGULAR_CONTACT = 'claim:musk-putin-regular-contact';

type Expanded = Record<string, any>;

/** No network here: the exports inline their contexts, so expansion must never ask for a document. */
const fetched: string[] = [];
const documentLoader = async (url: string): Promise<never> => {
  fetched.push(url);
  throw new Error(`test document loader: no network, asked for ${url}`);
};

async function expand(doc: unknown): Promise<Expanded[]> {
  return await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    { documentLoader } as jsonld.Options.Expand,
  );
}

/** Every node object in an expanded document, nested ones included. */
function nodes(value: unknown, out: Expanded[] = []): Expanded[] {
  if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
  else if (value && typeof value === 'object') {
    const node = value as Expanded;
    if (node['@type'] && !('@value' in node)) out.push(node);
    Object.values(node).forEach((v) => nodes(v, out));
  }
  return out;
}

const typesOf = (node: Expanded): string[] => node['@type'] ?? [];
const ids = (node: Expanded, property: string): string[] =>
  (node[property] ?? []).map((v: Expanded) => v['@id']);
const values = (node: Expanded, property: string): unknown[] =>
  (node[property] ?? []).map((v: Expanded) => v['@value']);
const byId = (all: Expanded[], id: string) => all.find((n) => n['@id'] === id)!;
const iri = (id: string) => `urn:claimgraph:${id}`;

describe('exports', () => {
  let app: TestApp;
  const get = (path: string, init: RequestInit = {}) =>
    app.server.fetch(new Request(`http://claimgraph.test${path}`, init));

  beforeAll(async () => {
    app = await createTestApp();
    await loadSeed(app.graph);
  });
  afterAll(() => app.close());
  afterEach(() => expect(fetched).toEqual([]));

  describe('ClaimReview JSON-LD', () => {
    const tag = uniqueTag('review');
    const id = (s: string) => `${tag}:${s}`;

    beforeAll(async () => {
      // A demonstration review of the fixture's own fictional claim: the seed has no fact-check, and none is invented for it.
      const bundle = {
        ...smallBundle(tag),
        reviews: [
          {
            id: id('review-unsafe'),
            claim: id('unsafe'),
            author: `Harbour Fact Desk ${tag}`,
            datePublished: '2024-04-02',
            url: 'https://factcheck.example.org/westhaven-bridge',
            reviewBody:
              'The inspection report describes old, stable cracks; it does not call the bridge unsafe.',
            rating: {
              ratingValue: 2,
              bestRating: 5,
              worstRating: 1,
              alternateName: 'Mostly false',
            },
          },
        ],
      };
      await ingestBundle(app.graph, bundle, bundle.source.text);
    });

    it('when a reviewed claim is exported, then it expands as a schema.org ClaimReview of that claim with its rating', async () => {
      const before = app.graph.roundTrips;
      const response = await get(`/exports/claim-review/${encodeURIComponent(id('unsafe'))}`);
      expect(app.graph.roundTrips - before).toBe(1);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);

      const all = nodes(await expand(await response.json()));
      for (const node of all)
        for (const type of typesOf(node)) expect(type.startsWith(SCHEMA)).toBe(true);

      const review = all.find((n) => typesOf(n).includes(`${SCHEMA}ClaimReview`))!;
      expect(review['@id']).toBe(iri(id('review-unsafe')));
      expect(values(review, `${SCHEMA}claimReviewed`)).toEqual(['The bridge is unsafe.']);
      expect(values(review, `${SCHEMA}datePublished`)).toEqual(['2024-04-02']);
      expect(ids(review, `${SCHEMA}url`)).toEqual([
        'https://factcheck.example.org/westhaven-bridge',
      ]);
      const [author] = review[`${SCHEMA}author`];
      expect(values(author, `${SCHEMA}name`)).toEqual([`Harbour Fact Desk ${tag}`]);

      const [rating] = review[`${SCHEMA}reviewRating`];
      expect(typesOf(rating)).toEqual([`${SCHEMA}Rating`]);
      expect(values(rating, `${SCHEMA}ratingValue`)).toEqual([2]);
      expect(values(rating, `${SCHEMA}bestRating`)).toEqual([5]);
      expect(values(rating, `${SCHEMA}worstRating`)).toEqual([1]);
      expect(values(rating, `${SCHEMA}alternateName`)).toEqual(['Mostly false']);

      const [claim] = review[`${SCHEMA}itemReviewed`];
      expect(typesOf(claim)).toEqual([`${SCHEMA}Claim`]);
      expect(claim['@id']).toBe(iri(id('unsafe')));
      // Ada said it first; the Gazette relayed it: she is the claim's author, her words its first appearance.
      expect(ids(claim, `${SCHEMA}author`)).toEqual([iri(id('ada'))]);
      expect(ids(claim, `${SCHEMA}firstAppearance`)).toEqual([iri(id('o-ada-gazette'))]);
      expect(ids(claim, `${SCHEMA}appearance`)).toEqual([
        iri(id('o-ada-gazette')),
        iri(id('o-gazette-article')),
      ]);
      const [relayed] = claim[`${SCHEMA}appearance`].filter(
        (a: Expanded) => a['@id'] === iri(id('o-gazette-article')),
      );
      expect(ids(relayed, `${SCHEMA}author`)).toEqual([iri(id('gazette'))]);
      expect(ids(relayed, `${SCHEMA}publisher`)).toEqual([iri(id('outlet-unnamed'))]);
      expect(values(relayed, `${SCHEMA}text`)).toEqual([`according to the Harbour Gazette ${tag}`]);
    });

    it('when all reviewed claims are exported, then the listing holds that review and pages with a next link', async () => {
      const before = app.graph.roundTrips;
      const response = await get('/exports/claim-reviews.jsonld?first=500');
      expect(app.graph.roundTrips - before).toBe(2);
      expect(response.status).toBe(200);
      const total = Number(response.headers.get('x-total-count'));
      expect(total).toBeGreaterThanOrEqual(1);
      const all = nodes(await expand(await response.json()));
      expect(all.some((n) => n['@id'] === iri(id('review-unsafe')))).toBe(true);

      const firstPage = await get('/exports/claim-reviews.jsonld?first=1');
      const link = firstPage.headers.get('link');
      if (total > 1)
        expect(link).toBe('</exports/claim-reviews.jsonld?first=1&offset=1>; rel="next"');
      else expect(link).toBeNull();
    });

    it('when a claim has no review or does not exist, then its ClaimReview export is 404', async () => {
      const unreviewed = await get(`/exports/claim-review/${encodeURIComponent(REGULAR_CONTACT)}`);
      expect(unreviewed.status).toBe(404);
      expect((await unreviewed.json()).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await get('/exports/claim-review/claim:no-such-claim')).status).toBe(404);
    });

    it('when the listing is asked for a page size out of range, then it answers 400 naming `first` and the range', async () => {
      const response = await get('/exports/claim-reviews.jsonld?first=0');
      expect(response.status).toBe(400);
      const [error] = (await response.json()).errors;
      expect(error.message).toBe('`first` must be an integer between 1 and 500, got "0"');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });
  });

  describe('PROV-O JSON-LD', () => {
    let all: Expanded[];
    let roundTrips: number;

    beforeAll(async () => {
      const before = app.graph.roundTrips;
      const response = await get(`/exports/provenance/${encodeURIComponent(REGULAR_CONTACT)}`);
      roundTrips = app.graph.roundTrips - before;
      expect(response.status).toBe(200);
      all = nodes(await expand(await response.json()));
    });

    it("when a claim's provenance is exported, then it takes one round trip and every node is a PROV entity or agent", () => {
      expect(roundTrips).toBe(1);
      for (const node of all) {
        for (const type of typesOf(node))
          expect([SCHEMA, PROV, OA].some((ns) => type.startsWith(ns))).toBe(true);
        const isSelector = typesOf(node).some((t) => t.startsWith(`${OA}Text`));
        if (!isSelector)
          expect(typesOf(node).some((t) => t === `${PROV}Entity` || t === `${PROV}Agent`)).toBe(
            true,
          );
      }
      expect(typesOf(byId(all, iri(REGULAR_CONTACT)))).toEqual(
        expect.arrayContaining([`${PROV}Entity`, `${SCHEMA}Claim`]),
      );
    });

    it('when the WSJ relays the officials, then its hop was quoted from theirs, which is its primary source', () => {
      const wsj = byId(all, iri('occ:regular-contact/wsj'));
      const officials = byId(all, iri('occ:regular-contact/officials'));
      expect(ids(wsj, `${PROV}wasAttributedTo`)).toEqual([iri('outlet:wsj')]);
      expect(ids(wsj, `${PROV}wasQuotedFrom`)).toEqual([iri('occ:regular-contact/officials')]);
      expect(ids(wsj, `${PROV}wasDerivedFrom`)).toEqual([iri('occ:regular-contact/officials')]);
      expect(ids(wsj, `${PROV}hadPrimarySource`)).toEqual([iri('occ:regular-contact/officials')]);
      expect(ids(wsj, `${PROV}specializationOf`)).toEqual([iri(REGULAR_CONTACT)]);
      expect(ids(officials, `${PROV}wasAttributedTo`)).toEqual([
        iri('anon:officials-us-europe-russia'),
      ]);
      expect(officials[`${PROV}wasQuotedFrom`]).toBeUndefined();
      expect(officials[`${PROV}hadPrimarySource`]).toBeUndefined();
    });

    it('when speakers and outlets are exported, then they are PROV agents, the anonymous officials included', () => {
      expect(typesOf(byId(all, iri('outlet:wsj')))).toEqual(
        expect.arrayContaining([`${PROV}Agent`, `${PROV}Organization`]),
      );
      expect(typesOf(byId(all, iri('anon:officials-us-europe-russia')))).toEqual([`${PROV}Agent`]);
      expect(typesOf(byId(all, iri('outlet:unnamed-publisher')))).toContain(`${PROV}Agent`);
    });

    it('when a hop is exported, then its exact words are a Web Annotation quote and position in its source', async () => {
      const officials = byId(all, iri('occ:regular-contact/officials'));
      expect(ids(officials, `${OA}hasSource`)).toEqual([iri('source:musk-putin-starlink')]);
      const selectors = officials[`${OA}hasSelector`];
      const quote = selectors.find((s: Expanded) => typesOf(s).includes(`${OA}TextQuoteSelector`));
      const position = selectors.find((s: Expanded) =>
        typesOf(s).includes(`${OA}TextPositionSelector`),
      );
      const { data } = await app.gql(
        `{ occurrence(id: "occ:regular-contact/officials") { quote { exact prefix suffix start end } } }`,
      );
      const stored = data.occurrence.quote;
      expect(values(quote, `${OA}exact`)).toEqual([stored.exact]);
      expect(values(quote, `${OA}prefix`)).toEqual([stored.prefix]);
      expect(values(quote, `${OA}suffix`)).toEqual([stored.suffix]);
      expect(values(position, `${OA}start`)).toEqual([stored.start]);
      expect(values(position, `${OA}end`)).toEqual([stored.end]);
    });

    it('when the document is turned into RDF, then the chain is stated with PROV predicates', async () => {
      const response = await get(`/exports/provenance/${encodeURIComponent(REGULAR_CONTACT)}`);
      const nquads = (await jsonld.toRDF(await response.json(), {
        format: 'application/n-quads',
        documentLoader,
      } as jsonld.Options.ToRdf)) as unknown as string;
      expect(nquads).toContain(
        `<${iri('occ:regular-contact/wsj')}> <${PROV}wasQuotedFrom> <${iri('occ:regular-contact/officials')}> .`,
      );
    });

    it('when the claim does not exist, then its provenance export is 404', async () => {
      const response = await get('/exports/provenance/claim%3Ano-such-claim');
      expect(response.status).toBe(404);
      expect((await response.json()).errors[0].message).toBe(
        'No claim with id "claim:no-such-claim"',
      );
    });
  });

  describe('subgraph for Gephi', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['node', 'edge', 'data', 'key'].includes(name),
    });

    async function graphml(query: string) {
      const response = await get(`/exports/subgraph.graphml?${query}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
      const doc = parser.parse(await response.text());
      const data = (el: any) =>
        Object.fromEntries((el.data ?? []).map((d: any) => [d.key, String(d['#text'] ?? '')]));
      const g = doc.graphml.graph;
      return {
        truncatedHeader: response.headers.get('x-subgraph-truncated'),
        graph: data(g),
        keys: doc.graphml.key as { id: string; for: string; 'attr.type': string }[],
        nodes: (g.node ?? []).map((n: any) => ({ id: n.id, ...data(n) })) as Record<
          string,
          string
        >[],
        edges: (g.edge ?? []).map((e: any) => ({
          source: e.source,
          target: e.target,
          ...data(e),
        })) as Record<string, string>[],
      };
    }

    it("when Musk's depth-1 subgraph is exported, then its entities are exactly his neighbourhood in the API, linked through claims and events", async () => {
      const before = app.graph.roundTrips;
      const exported = await graphml('entity=person:elon-musk&depth=1');
      expect(app.graph.roundTrips - before).toBe(2);
      const { data } = await app.gql(
        `{ entity(id: "person:elon-musk") { neighbourhood(first: 60) { totalCount edges { node { entity { id } claims { id } events { id } } } } } }`,
      );
      expect(data.entity.neighbourhood.totalCount).toBeLessThanOrEqual(60);
      const neighbours = data.entity.neighbourhood.edges.map((e: any) => e.node);
      const apiEntities = neighbours.map((n: any) => n.entity.id).sort();
      const exportedEntities = exported.nodes
        .filter((n) => n.type === 'ENTITY' && n.id !== 'person:elon-musk')
        .map((n) => n.id)
        .sort();
      expect(exportedEntities).toEqual(apiEntities);

      const center = exported.nodes.find((n) => n.id === 'person:elon-musk')!;
      expect(center).toMatchObject({
        type: 'ENTITY',
        kind: 'PERSON',
        label: 'Elon Musk',
        distance: '0',
      });
      expect(exported.nodes.find((n) => n.id === REGULAR_CONTACT)).toMatchObject({
        type: 'CLAIM',
        disputed: 'true',
        distance: '1',
      });
      expect(exported.graph).toEqual({
        center: 'person:elon-musk',
        depth: '1',
        truncated: 'false',
      });
      expect(exported.truncatedHeader).toBe('false');

      const nodeIds = new Set(exported.nodes.map((n) => n.id));
      expect(nodeIds.size).toBe(exported.nodes.length);
      for (const edge of exported.edges) {
        expect(nodeIds.has(edge.source)).toBe(true);
        expect(nodeIds.has(edge.target)).toBe(true);
      }
      // Every claim and event linking Musk to a neighbour is in the file, with an edge to each of them.
      const has = (source: string, target: string) =>
        exported.edges.some(
          (e) => e.source === source && e.target === target && e.relation === 'INVOLVES',
        );
      for (const n of neighbours) {
        for (const via of [...n.claims, ...n.events]) {
          expect(has(via.id, 'person:elon-musk')).toBe(true);
          expect(has(via.id, n.entity.id)).toBe(true);
        }
      }
      expect(exported.edges).toContainEqual({
        source: 'claim:musk-spoke-with-putin-once',
        target: REGULAR_CONTACT,
        relation: 'DISPUTES',
      });
      expect(exported.keys.find((k) => k.id === 'distance')).toMatchObject({
        for: 'node',
        'attr.type': 'int',
      });
    });

    it('when depth 2 is asked, then it holds the depth-1 subgraph and more, each node at its distance', async () => {
      const one = await graphml('entity=person:elon-musk&depth=1');
      const two = await graphml('entity=person:elon-musk&depth=2&maxNodes=2000');
      const twoIds = new Set(two.nodes.map((n) => n.id));
      for (const n of one.nodes) expect(twoIds.has(n.id)).toBe(true);
      expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
      expect(two.nodes.some((n) => n.distance === '3' || n.distance === '4')).toBe(true);
    });

    it('when the subgraph is larger than maxNodes, then it is cut to maxNodes, nearest first, and says so', async () => {
      const cut = await graphml('entity=person:elon-musk&depth=2&maxNodes=5');
      expect(cut.nodes).toHaveLength(5);
      expect(cut.nodes[0].id).toBe('person:elon-musk');
      expect(cut.graph.truncated).toBe('true');
      expect(cut.truncatedHeader).toBe('true');
    });

    it('when the CSV pair is exported, then it holds the same nodes and edges as the GraphML, quoted where needed', async () => {
      const exported = await graphml('entity=person:elon-musk&depth=1');
      const nodesCsv = await get('/exports/subgraph/nodes.csv?entity=person:elon-musk&depth=1');
      const edgesCsv = await get('/exports/subgraph/edges.csv?entity=person:elon-musk&depth=1');
      expect(nodesCsv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(nodesCsv.headers.get('content-disposition')).toBe(
        'attachment; filename="subgraph-person_elon-musk-depth1-nodes.csv"',
      );
      const nodeLines = (await nodesCsv.text()).trimEnd().split('\r\n');
      const edgeLines = (await edgesCsv.text()).trimEnd().split('\r\n');
      expect(nodeLines[0]).toBe('Id,Label,Type,Kind,Date,Earliest,Disputed,Distance');
      expect(edgeLines[0]).toBe('Source,Target,Type,Label');
      expect(nodeLines).toHaveLength(exported.nodes.length + 1);
      expect(edgeLines).toHaveLength(exported.edges.length + 1);
      expect(nodeLines[1]).toBe('person:elon-musk,Elon Musk,ENTITY,PERSON,,,,0');
      const withComma = exported.nodes.find((n) => n.label.includes(','))!;
      expect(
        nodeLines.some((l) =>
          l.startsWith(`${withComma.id},"${withComma.label.replace(/"/g, '""')}",`),
        ),
      ).toBe(true);
      expect(edgeLines).toContain(
        `claim:musk-spoke-with-putin-once,${REGULAR_CONTACT},Directed,DISPUTES`,
      );
    });

    it.each([
      [
        'depth=3&entity=person:elon-musk',
        'depth',
        '`depth` must be an integer between 1 and 2, got "3"',
      ],
      [
        'entity=person:elon-musk&maxNodes=0',
        'maxNodes',
        '`maxNodes` must be an integer between 1 and 2000, got "0"',
      ],
      [
        'entity=person:elon-musk&depth=one',
        'depth',
        '`depth` must be an integer between 1 and 2, got "one"',
      ],
      [
        'depth=1',
        'entity',
        '`entity` must be an id of 1 to 200 characters, e.g. `person:elon-musk`, got ""',
      ],
      [
        'entity=person:elon-musk&dept=2',
        'dept',
        '`dept` must be left out: this export takes `entity`, `depth`, `maxNodes`, got "2"',
      ],
    ])(
      'when asked with %s, then it answers 400 naming `%s` and what is allowed',
      async (query, argument, message) => {
        const response = await get(`/exports/subgraph.graphml?${query}`);
        expect(response.status).toBe(400);
        const [error] = (await response.json()).errors;
        expect(error.message).toBe(message);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      },
    );

    it('when the entity does not exist, then the subgraph export is 404', async () => {
      const response = await get('/exports/subgraph/edges.csv?entity=person:nobody');
      expect(response.status).toBe(404);
      expect((await response.json()).errors[0].message).toBe('No entity with id "person:nobody"');
    });
  });

  it('when an export is POSTed to, then it answers 405 and allows GET', async () => {
    const response = await get('/exports/subgraph.graphml?entity=person:elon-musk', {
      method: 'POST',
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('when reads require a credential, then an export needs one: 401 without or with a wrong key, 200 with a reader key', async () => {
    const key = generateKey();
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      READS_REQUIRE_AUTH: 'true',
      API_KEYS: configEntry('exports-test', 'reader', key),
    });
    const guarded = createServer(config, app.graph);
    const path = `http://claimgraph.test/exports/provenance/${encodeURIComponent(REGULAR_CONTACT)}`;
    const anonymous = await guarded.fetch(new Request(path));
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrongKey = await guarded.fetch(
      new Request(path, { headers: { 'x-api-key': 'not-a-key' } }),
    );
    expect(wrongKey.status).toBe(401);
    const reader = await guarded.fetch(new Request(path, { headers: { 'x-api-key': key } }));
    expect(reader.status).toBe(200);
  });

  it('when /exports is asked, then it lists every export', async () => {
    const response = await get('/exports');
    expect(response.status).toBe(200);
    const paths = (await response.json()).endpoints.map((e: { path: string }) => e.path);
    expect(paths).toEqual([
      '/exports/claim-review/{claimId}',
      '/exports/claim-reviews.jsonld',
      '/exports/provenance/{claimId}',
      '/exports/subgraph.graphml',
      '/exports/subgraph/nodes.csv',
      '/exports/subgraph/edges.csv',
    ]);
  });
});
