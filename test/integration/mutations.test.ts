import { smallBundle, uniqueTag } from '../support/bundles';
import { countOwned, createWriteTestApp, WriteTestApp } from '../support/writes';

const INGEST = `mutation($bundle: JSON!) {
  ingestBundle(bundle: $bundle) { bundleId counts { claims occurrences } source { id } auditEntry { action actor } }
}`;

const CLAIM = `query($id: ID!) { claim(id: $id) {
  id text version retracted
  occurrences { totalCount edges { node { id hearsayDepth quote { exact start end } speaker { id } } } }
  disputedBy { id claim { id } evidence { id } }
  supportedBy { id claim { id } }
  reviews { id rating { ratingValue alternateName } }
  sourcing { occurrences supportingClaims }
  corrections { kind reason by fromVersion toVersion changedFields previous { text version retracted } }
} }`;

describe('writing through the API', () => {
  let app: WriteTestApp;
  let tag: string;
  let bundle: ReturnType<typeof smallBundle>;
  const id = (s: string) => `${tag}:${s}`;

  beforeAll(async () => {
    tag = uniqueTag('mut');
    app = await createWriteTestApp(tag);
    bundle = smallBundle(tag);
    const ingested = await app.gql(INGEST, { bundle }, { as: 'admin' });
    expect(ingested.errors).toBeUndefined();
  });
  afterAll(() => app.close());

  it('when an admin ingests a bundle, then it is stored and the audit entry names the admin', async () => {
    const again = await app.gql(INGEST, { bundle }, { as: 'admin' });
    expect(again.data.ingestBundle).toEqual({
      bundleId: id('bundle'),
      counts: { claims: 3, occurrences: 4 },
      source: { id: id('source') },
      auditEntry: { action: 'INGEST_BUNDLE', actor: app.keys.admin.id },
    });
    const claim = await app.gql(CLAIM, { id: id('unsafe') });
    expect(claim.data.claim.occurrences.totalCount).toBe(2);
  });

  it('when a bundle is invalid, then every problem comes back as BAD_USER_INPUT with its path and nothing is written', async () => {
    const badTag = uniqueTag('bad');
    const bad = smallBundle(badTag) as any;
    bad.occurrences[0].speaker = 'nobody';
    bad.relations[0].to = 'claim:gone';
    const response = await app.gql(INGEST, { bundle: bad }, { as: 'admin' });
    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.problems.map((p: { path: string }) => p.path)).toEqual([
      'occurrences[0].speaker',
      'relations[0].to',
    ]);
    expect(await countOwned(app.graph, badTag)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('when a bundle names a textFile, then the API refuses to read files from its disk', async () => {
    const fileTag = uniqueTag('file');
    const withFile = {
      ...smallBundle(fileTag),
      source: { ...smallBundle(fileTag).source, text: undefined, textFile: '/etc/passwd' },
    };
    const response = await app.gql(INGEST, { bundle: withFile }, { as: 'admin' });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'source.textFile' }],
    });
    expect(await countOwned(app.graph, fileTag)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('when an editor adds a claim about an entity, then it reads back at version 1 and the audit log has it', async () => {
    const response = await app.gql(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id text version retracted subjects { id } } auditEntry { action actor targetIds } } }`,
      {
        input: {
          id: id('added'),
          text: 'The bridge was repainted.',
          subjects: [id('bridge')],
          appliesTo: {
            text: '2023',
            earliest: '2023-01-01',
            latest: '2023-12-31',
            precision: 'YEAR',
          },
        },
      },
      { as: 'editor' },
    );
    expect(response.data.addClaim).toEqual({
      claim: {
        id: id('added'),
        text: 'The bridge was repainted.',
        version: 1,
        retracted: false,
        subjects: [{ id: id('bridge') }],
      },
      auditEntry: { action: 'ADD_CLAIM', actor: app.keys.editor.id, targetIds: [id('added')] },
    });
    const log = await app.gql(
      `query($c: ID!) { auditLog(claimId: $c) { totalCount edges { node { action actor } } } }`,
      { c: id('added') },
      { as: 'editor' },
    );
    expect(log.data.auditLog).toEqual({
      totalCount: 1,
      edges: [{ node: { action: 'ADD_CLAIM', actor: app.keys.editor.id } }],
    });
  });

  it('when a claim names an unknown subject or a taken id, then it is refused and nothing is written', async () => {
    const unknown = await app.gql(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`,
      { input: { id: id('orphan'), text: 'x', subjects: ['entity:nobody'] } },
      { as: 'editor' },
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.subjects', message: 'no entity or event with id "entity:nobody"' }],
    });
    const taken = await app.gql(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`,
      { input: { id: id('unsafe'), text: 'x' } },
      { as: 'editor' },
    );
    expect(taken.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await app.gql(CLAIM, { id: id('orphan') })).data.claim).toBeNull();
    expect((await app.gql(CLAIM, { id: id('unsafe') })).data.claim.text).toBe(
      'The bridge is unsafe.',
    );
  });

  describe('adding an occurrence', () => {
    const ADD = `mutation($input: AddOccurrenceInput!) { addOccurrence(input: $input) {
      occurrence { id hearsayDepth verb quote { exact prefix start end contentHash } quotedFrom { id } claim { sourcing { occurrences deepestChain } } }
      auditEntry { action }
    } }`;
    const base = () => ({
      claimId: id('cracks-old'),
      sourceId: id('source'),
      speakerId: id('gazette'),
      reportedById: id('outlet-unnamed'),
      verb: 'reported',
    });

    it('when the quote is in the stored text once, then its anchor is computed against that text', async () => {
      const exact = 'the cracks were old';
      const response = await app.gql(
        ADD,
        { input: { ...base(), id: id('o-added'), exact, quotedFromId: id('o-engineers') } },
        { as: 'editor' },
      );
      const start = bundle.source.text.indexOf(exact);
      expect(response.data.addOccurrence.occurrence).toMatchObject({
        id: id('o-added'),
        hearsayDepth: 2,
        quote: {
          exact,
          start,
          end: start + exact.length,
          prefix: bundle.source.text.slice(start - 32, start),
          contentHash: bundle.source.contentHash,
        },
        quotedFrom: { id: id('o-engineers') },
        claim: { sourcing: { occurrences: 2, deepestChain: 2 } },
      });
    });

    it('when the quote is not in the text, then it is refused with the near miss named', async () => {
      const response = await app.gql(
        ADD,
        { input: { ...base(), exact: 'The Cracks Were Old' } },
        { as: 'editor' },
      );
      expect(response.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.exact' }],
      });
      expect(response.errors![0].message).toContain('near miss');
    });

    it('when the quote appears twice, then it is refused as ambiguous until a hint picks one', async () => {
      const exact = 'the bridge';
      const ambiguous = await app.gql(
        ADD,
        { input: { ...base(), claimId: id('not-unsafe'), exact } },
        { as: 'editor' },
      );
      expect(ambiguous.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.hint' }],
      });
      expect(ambiguous.errors![0].message).toMatch(/appears \d times/);
      const hinted = await app.gql(
        ADD,
        {
          input: { ...base(), claimId: id('not-unsafe'), exact, hint: { prefix: 'denied that ' } },
        },
        { as: 'editor' },
      );
      expect(hinted.data.addOccurrence.occurrence.quote.start).toBe(
        bundle.source.text.indexOf('denied that the bridge') + 'denied that '.length,
      );
    });

    it('when the outlet is not an OUTLET or the relayed hop is of another claim, then every problem is listed', async () => {
      const response = await app.gql(
        ADD,
        {
          input: {
            ...base(),
            reportedById: id('council'),
            quotedFromId: id('o-council'),
            exact: 'the cracks were old',
          },
        },
        { as: 'editor' },
      );
      expect(response.errors![0].extensions!.problems.map((p: { path: string }) => p.path)).toEqual(
        ['input.reportedById', 'input.quotedFromId'],
      );
    });
  });

  it('when an editor adds a dispute and a support with evidence, then the claim lists them and its sourcing counts the support', async () => {
    const claim = await app.gql(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`,
      { input: { id: id('also-unsafe'), text: 'The bridge is dangerous.' } },
      { as: 'editor' },
    );
    expect(claim.errors).toBeUndefined();
    const support = await app.gql(
      `mutation($input: AddRelationInput!) { addSupport(input: $input) { id kind from { id } to { id sourcing { supportingClaims } } evidence { id } auditEntry { action } } }`,
      {
        input: {
          id: id('rel-support'),
          fromClaimId: id('cracks-old'),
          toClaimId: id('unsafe'),
          evidence: [id('o-engineers')],
          note: 'old cracks back the worry',
        },
      },
      { as: 'editor' },
    );
    expect(support.data.addSupport).toEqual({
      id: id('rel-support'),
      kind: 'SUPPORTS',
      from: { id: id('cracks-old') },
      to: { id: id('unsafe'), sourcing: { supportingClaims: 1 } },
      evidence: [{ id: id('o-engineers') }],
      auditEntry: { action: 'ADD_SUPPORT' },
    });
    const dispute = await app.gql(
      `mutation($input: AddRelationInput!) { addDispute(input: $input) { to { disputedBy { id claim { id } } } } }`,
      {
        input: {
          id: id('rel-dispute2'),
          fromClaimId: id('not-unsafe'),
          toClaimId: id('also-unsafe'),
          evidence: [id('o-council')],
        },
      },
      { as: 'editor' },
    );
    expect(dispute.data.addDispute.to.disputedBy).toEqual([
      { id: id('rel-dispute2'), claim: { id: id('not-unsafe') } },
    ]);
    const missing = await app.gql(
      `mutation($input: AddRelationInput!) { addDispute(input: $input) { id } }`,
      { input: { fromClaimId: id('not-unsafe'), toClaimId: 'claim:gone', evidence: ['occ:gone'] } },
      { as: 'editor' },
    );
    expect(missing.errors![0].extensions!.problems.map((p: { path: string }) => p.path)).toEqual([
      'input.toClaimId',
      'input.evidence',
    ]);
  });

  it('when an editor adds a review, then the claim carries its rating, and a rating off its scale is refused', async () => {
    const ADD = `mutation($input: AddReviewInput!) { addReview(input: $input) { review { id author rating { ratingValue alternateName } claim { id } } } }`;
    const input = {
      id: id('review'),
      claimId: id('unsafe'),
      author: 'Harbour Checks',
      datePublished: '2024-04-02',
      rating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
    };
    const added = await app.gql(ADD, { input }, { as: 'editor' });
    expect(added.data.addReview.review).toEqual({
      id: id('review'),
      author: 'Harbour Checks',
      rating: { ratingValue: 2, alternateName: 'Mostly false' },
      claim: { id: id('unsafe') },
    });
    const off = await app.gql(
      ADD,
      { input: { ...input, id: id('review2'), rating: { ...input.rating, ratingValue: 9 } } },
      { as: 'editor' },
    );
    expect(off.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.rating.ratingValue', message: '9 is outside 1..5' }],
    });
  });
});
