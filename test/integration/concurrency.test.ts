import { Principal } from '../../src/auth/roles';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { createWrites } from '../../src/mutations';
import { ConflictError } from '../../src/mutations/errors';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countOwned, createWriteTestApp, WriteTestApp } from '../support/writes';

const INGEST = `mutation($bundle: JSON!) { ingestBundle(bundle: $bundle) { bundleId } }`;
const CORRECT = `mutation($input: RecordCorrectionInput!) { recordCorrection(input: $input) { claim { version text } } }`;

describe('concurrent writers', () => {
  let app: WriteTestApp;
  beforeAll(async () => {
    app = await createWriteTestApp(uniqueTag('conc'));
  });
  afterAll(() => app.close());

  it('when 10 clients ingest the same bundle at once, then the graph holds exactly one copy', async () => {
    const referenceTag = uniqueTag('once');
    await app.gql(INGEST, { bundle: smallBundle(referenceTag) }, { as: 'admin' });
    const once = await countOwned(app.graph, referenceTag);

    const tag = uniqueTag('tenfold');
    const bundle = smallBundle(tag);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => app.gql(INGEST, { bundle }, { as: 'admin' })),
    );
    expect(responses.map((r) => r.errors?.[0]?.message ?? 'ok')).toEqual(Array(10).fill('ok'));
    expect(await countOwned(app.graph, tag)).toEqual(once);
    const [row] = await app.graph.runRaw(
      'MATCH (c:Claim) WHERE c.id STARTS WITH $tag RETURN count(c) AS claims',
      { tag },
    );
    expect(row.claims).toBe(3);
  });

  it('when two editors correct the same claim at once, then one wins, the other gets CONFLICT, and its retry loses nothing', async () => {
    const tag = uniqueTag('race');
    await ingestBundle(app.graph, smallBundle(tag));
    const claimId = `${tag}:unsafe`;
    const [alice, bob] = await Promise.all([
      app.gql(
        CORRECT,
        {
          input: {
            claimId,
            expectedVersion: 1,
            text: 'Alice: the bridge is unsafe for lorries.',
            reason: 'alice',
          },
        },
        { as: 'editor' },
      ),
      app.gql(
        CORRECT,
        {
          input: {
            claimId,
            expectedVersion: 1,
            text: 'Bob: the bridge is unsafe at night.',
            reason: 'bob',
          },
        },
        { as: 'editor' },
      ),
    ]);
    const outcomes = [alice, bob].map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(outcomes).toEqual(['CONFLICT', 'ok']);
    const loser = alice.errors
      ? { r: alice, text: 'Alice: the bridge is unsafe for lorries.' }
      : { r: bob, text: 'Bob: the bridge is unsafe at night.' };
    expect(loser.r.errors![0].extensions!.currentVersion).toBe(2);
    const retry = await app.gql(
      CORRECT,
      { input: { claimId, expectedVersion: 2, text: loser.text, reason: 'retry' } },
      { as: 'editor' },
    );
    expect(retry.data.recordCorrection.claim).toEqual({ version: 3, text: loser.text });
    const history = await app.gql(
      `query($id: ID!) { claim(id: $id) { version corrections { fromVersion toVersion previous { text } } } }`,
      { id: claimId },
    );
    expect(history.data.claim.version).toBe(3);
    expect(
      history.data.claim.corrections.map((c: { fromVersion: number; toVersion: number }) => [
        c.fromVersion,
        c.toVersion,
      ]),
    ).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(history.data.claim.corrections[0].previous.text).toBe('The bridge is unsafe.');
  });

  it('when both editors read the version before either writes, then the claim lock still lets only one edit land', async () => {
    const tag = uniqueTag('lock');
    await ingestBundle(app.graph, smallBundle(tag));
    const claimId = `${tag}:unsafe`;
    // Each edit pauses after reading the version, long enough for the other to read it too if it could.
    const writes = createWrites(app.graph, {
      afterVersionRead: () => new Promise((r) => setTimeout(r, 300)),
    });
    const editor = (id: string): Principal => ({ id, role: 'editor', via: 'api-key' });
    const results = await Promise.allSettled([
      writes.recordCorrection(editor('alice'), {
        claimId,
        expectedVersion: 1,
        text: 'Alice was here.',
        reason: 'a',
      }),
      writes.recordCorrection(editor('bob'), {
        claimId,
        expectedVersion: 1,
        text: 'Bob was here.',
        reason: 'b',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    // Below the GraphQL edge a refusal is a domain error; the edge makes it CONFLICT.
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected.reason.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    const [row] = await app.graph.runRaw(
      'MATCH (k:Correction)-[:CORRECTS]->(c:Claim {id: $claimId}) RETURN count(k) AS corrections, c.version AS version',
      { claimId },
    );
    expect(row).toEqual({ corrections: 1, version: 2 });
  });

  it('when eight editors race on one version, then exactly one edit lands', async () => {
    const tag = uniqueTag('race8');
    await ingestBundle(app.graph, smallBundle(tag));
    const claimId = `${tag}:cracks-old`;
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.gql(
          CORRECT,
          { input: { claimId, expectedVersion: 1, text: `Edit ${i}`, reason: `editor ${i}` } },
          { as: 'editor' },
        ),
      ),
    );
    expect(responses.filter((r) => !r.errors).length).toBe(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(7);
    const [row] = await app.graph.runRaw(
      'MATCH (k:Correction)-[:CORRECTS]->(c:Claim {id: $claimId}) RETURN count(k) AS corrections, c.version AS version',
      { claimId },
    );
    expect(row).toEqual({ corrections: 1, version: 2 });
  });

  it('when editors add occurrences and disputes to one claim at once, then every addition is kept', async () => {
    const tag = uniqueTag('adds');
    await ingestBundle(app.graph, smallBundle(tag));
    const id = (s: string) => `${tag}:${s}`;
    const occurrences = [
      'The city council denied',
      'that the bridge was unsafe',
      'Two engineers familiar',
      'told the Gazette',
    ].map((exact, i) =>
      app.gql(
        `mutation($input: AddOccurrenceInput!) { addOccurrence(input: $input) { occurrence { id } } }`,
        {
          input: {
            id: id(`o-extra-${i}`),
            claimId: id('not-unsafe'),
            sourceId: id('source'),
            speakerId: id('council'),
            reportedById: id('outlet-unnamed'),
            verb: 'said',
            exact,
          },
        },
        { as: 'editor' },
      ),
    );
    const disputes = [0, 1, 2].map((i) =>
      app.gql(
        `mutation($input: AddRelationInput!) { addDispute(input: $input) { id } }`,
        {
          input: {
            id: id(`rel-extra-${i}`),
            fromClaimId: id('not-unsafe'),
            toClaimId: id('unsafe'),
            evidence: [id('o-council')],
          },
        },
        { as: 'editor' },
      ),
    );
    const responses = await Promise.all([...occurrences, ...disputes]);
    expect(responses.filter((r) => r.errors)).toEqual([]);
    const claim = await app.gql(
      `query($id: ID!) { claim(id: $id) { occurrences { totalCount } disputes { id } sourcing { occurrences } } }`,
      { id: id('not-unsafe') },
    );
    expect(claim.data.claim.occurrences.totalCount).toBe(5);
    expect(claim.data.claim.sourcing.occurrences).toBe(5);
    expect(claim.data.claim.disputes).toHaveLength(4);
  });
});
