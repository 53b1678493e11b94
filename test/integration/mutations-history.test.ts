import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { smallBundle, uniqueTag } from '../support/bundles';
import { createWriteTestApp, WriteTestApp } from '../support/writes';

const CORRECT = `mutation($input: RecordCorrectionInput!) { recordCorrection(input: $input) {
  claim { text version retracted appliesTo { text } }
  correction { kind by reason fromVersion toVersion changedFields previous { text version retracted } }
  auditEntry { action actor at changes }
} }`;
const RETRACT = `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { version retracted } correction { kind at } auditEntry { at } } }`;
const AS_OF = `query($id: ID!, $asOf: String!) { claimAsOf(id: $id, asOf: $asOf) {
  text version retracted appliesTo { text } disputedBy { id claim { id text } evidence { id } } supportedBy { id } current { text }
} }`;

describe('corrections, retractions and the graph as of a moment', () => {
  let app: WriteTestApp;
  let tag: string;
  const id = (s: string) => `${tag}:${s}`;

  beforeAll(async () => {
    tag = uniqueTag('hist');
    app = await createWriteTestApp(tag);
    await ingestBundle(app.graph, smallBundle(tag));
  });
  afterAll(() => app.close());

  it('when a claim is corrected, then it reads the new text at version 2 and the correction keeps the old one', async () => {
    const response = await app.gql(
      CORRECT,
      {
        input: {
          claimId: id('cracks-old'),
          expectedVersion: 1,
          text: 'The cracks in the bridge are decades old.',
          reason: 'The inspection report says decades.',
        },
      },
      { as: 'editor' },
    );
    expect(response.errors).toBeUndefined();
    const { claim, correction, auditEntry } = response.data.recordCorrection;
    expect(claim).toEqual({
      text: 'The cracks in the bridge are decades old.',
      version: 2,
      retracted: false,
      appliesTo: null,
    });
    expect(correction).toEqual({
      kind: 'CORRECTION',
      by: app.keys.editor.id,
      reason: 'The inspection report says decades.',
      fromVersion: 1,
      toVersion: 2,
      changedFields: ['text'],
      previous: { text: 'The cracks in the bridge are old.', version: 1, retracted: false },
    });
    expect(auditEntry).toMatchObject({
      action: 'CORRECT_CLAIM',
      actor: app.keys.editor.id,
      changes: {
        before: { text: 'The cracks in the bridge are old.' },
        after: { text: 'The cracks in the bridge are decades old.' },
      },
    });
  });

  it('when an edit names a stale version, then it is a CONFLICT that changes nothing', async () => {
    const stale = await app.gql(
      CORRECT,
      {
        input: {
          claimId: id('cracks-old'),
          expectedVersion: 1,
          text: 'Overwritten.',
          reason: 'stale',
        },
      },
      { as: 'editor' },
    );
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
      expectedVersion: 1,
    });
    const now = await app.gql(
      `query($id: ID!) { claim(id: $id) { text version corrections { kind } } }`,
      { id: id('cracks-old') },
    );
    expect(now.data.claim).toEqual({
      text: 'The cracks in the bridge are decades old.',
      version: 2,
      corrections: [{ kind: 'CORRECTION' }],
    });
  });

  it('when a correction changes nothing, then it is refused', async () => {
    const response = await app.gql(
      CORRECT,
      {
        input: {
          claimId: id('cracks-old'),
          expectedVersion: 2,
          text: 'The cracks in the bridge are decades old.',
          reason: 'same',
        },
      },
      { as: 'editor' },
    );
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.text' }],
    });
  });

  it('when a claim is corrected and then retracted, then each earlier state is readable as of its moment', async () => {
    const claimId = id('not-unsafe');
    const first = await app.gql(
      CORRECT,
      {
        input: {
          claimId,
          expectedVersion: 1,
          appliesTo: {
            text: 'March 2024',
            earliest: '2024-03-01',
            latest: '2024-03-31',
            precision: 'MONTH',
          },
          reason: 'The denial is dated.',
        },
      },
      { as: 'editor' },
    );
    const correctedAt: string = first.data.recordCorrection.auditEntry.at;
    const correctionAt = await app.graph.runRaw(
      'MATCH (k:Correction)-[:CORRECTS]->(:Claim {id: $claimId}) RETURN toString(k.at) AS at',
      { claimId },
    );
    const retracted = await app.gql(
      RETRACT,
      { input: { claimId, expectedVersion: 2, reason: 'The council withdrew the statement.' } },
      { as: 'editor' },
    );
    expect(retracted.data.retractClaim.claim).toEqual({ version: 3, retracted: true });
    const retractedAt: string = retracted.data.retractClaim.auditEntry.at;

    const before = await app.gql(AS_OF, {
      id: claimId,
      asOf: new Date(Date.parse(correctionAt[0].at as string) - 1).toISOString(),
    });
    const between = await app.gql(AS_OF, { id: claimId, asOf: correctedAt });
    const after = await app.gql(AS_OF, { id: claimId, asOf: retractedAt });
    expect(before.data.claimAsOf).toMatchObject({
      version: 1,
      retracted: false,
      appliesTo: null,
      current: { text: 'The bridge is not unsafe.' },
    });
    expect(between.data.claimAsOf).toMatchObject({
      version: 2,
      retracted: false,
      appliesTo: { text: 'March 2024' },
    });
    expect(after.data.claimAsOf).toMatchObject({ version: 3, retracted: true });
    const again = await app.gql(
      RETRACT,
      { input: { claimId, expectedVersion: 3, reason: 'twice' } },
      { as: 'editor' },
    );
    expect(again.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.claimId', message: expect.stringContaining('already retracted') }],
    });
  });

  it('when a dispute is added and later retracted, then claimAsOf shows it only between the two', async () => {
    const disputed = id('unsafe');
    const marker = await app.gql(
      `mutation($input: AddClaimInput!) { addClaim(input: $input) { auditEntry { at } } }`,
      { input: { id: id('rebuttal'), text: 'The bridge passed its load test.' } },
      { as: 'editor' },
    );
    const beforeAdd: string = marker.data.addClaim.auditEntry.at;
    const added = await app.gql(
      `mutation($input: AddRelationInput!) { addDispute(input: $input) { auditEntry { at } } }`,
      {
        input: {
          id: id('rel-rebuttal'),
          fromClaimId: id('rebuttal'),
          toClaimId: disputed,
          evidence: [id('o-council')],
        },
      },
      { as: 'editor' },
    );
    const afterAdd: string = added.data.addDispute.auditEntry.at;
    const retracted = await app.gql(
      `mutation($input: RetractRelationInput!) { retractRelation(input: $input) { relationId to { disputedBy { id } } correction { kind reason } auditEntry { at action } } }`,
      { input: { relationId: id('rel-rebuttal'), reason: 'The load test was of another bridge.' } },
      { as: 'editor' },
    );
    expect(retracted.data.retractRelation).toMatchObject({
      relationId: id('rel-rebuttal'),
      to: { disputedBy: [{ id: id('rel-denial') }] },
      correction: { kind: 'RELATION_RETRACTION', reason: 'The load test was of another bridge.' },
      auditEntry: { action: 'RETRACT_RELATION' },
    });
    const afterRetract: string = retracted.data.retractRelation.auditEntry.at;

    const disputesAt = async (asOf: string) =>
      (await app.gql(AS_OF, { id: disputed, asOf })).data.claimAsOf.disputedBy.map(
        (r: { id: string }) => r.id,
      );
    expect(await disputesAt(beforeAdd)).toEqual([id('rel-denial')]);
    expect(await disputesAt(afterAdd)).toEqual([id('rel-denial'), id('rel-rebuttal')]);
    expect(await disputesAt(afterRetract)).toEqual([id('rel-denial')]);
    const snapshot = await app.gql(AS_OF, { id: disputed, asOf: afterAdd });
    expect(snapshot.data.claimAsOf.disputedBy[1]).toEqual({
      id: id('rel-rebuttal'),
      claim: { id: id('rebuttal'), text: 'The bridge passed its load test.' },
      evidence: [{ id: id('o-council') }],
    });
  });

  it('when the bundle that made a retracted dispute is ingested again, then the dispute stays retracted', async () => {
    const relationId = id('rel-denial');
    await app.gql(
      `mutation($input: RetractRelationInput!) { retractRelation(input: $input) { relationId } }`,
      { input: { relationId, reason: 'The denial was misattributed.' } },
      { as: 'editor' },
    );
    await ingestBundle(app.graph, smallBundle(tag));
    const claim = await app.gql(
      `query($id: ID!) { claim(id: $id) { disputedBy { id } } claims(filter: { disputed: true }, first: 100) { edges { node { id } } } }`,
      { id: id('unsafe') },
    );
    expect(claim.data.claim.disputedBy).toEqual([]);
    expect(claim.data.claims.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      id('unsafe'),
    );
  });

  it('when asOf is not a date or precedes the claim, then it is refused or the claim is null', async () => {
    const bad = await app.gql(AS_OF, { id: id('unsafe'), asOf: 'yesterday' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    const early = await app.gql(AS_OF, { id: id('unsafe'), asOf: '2001-01-01' });
    expect(early.data.claimAsOf).toBeNull();
    const day = await app.gql(AS_OF, {
      id: id('unsafe'),
      asOf: new Date().toISOString().slice(0, 10),
    });
    expect(day.data.claimAsOf.text).toBe('The bridge is unsafe.');
  });
});

describe('merging duplicate entities', () => {
  let app: WriteTestApp;
  let tag: string;
  let dupTag: string;
  const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { entity { id name aliases } duplicateId movedRelationships auditEntry { action actor targetIds } } }`;

  /** Every relationship of an entity as type, direction and the far node's id. */
  async function relationships(entityId: string) {
    const rows = await app.graph.runRaw(
      `MATCH (e:Entity {id: $id})-[r]-(other)
       RETURN type(r) AS type, startNode(r) = e AS out, coalesce(other.id, other.key) AS other ORDER BY type, other`,
      { id: entityId },
    );
    return rows.map((r) => `${r.out ? '' : '<'}${r.type}${r.out ? '>' : ''} ${r.other}`);
  }

  beforeAll(async () => {
    tag = uniqueTag('merge');
    dupTag = uniqueTag('mergedup');
    app = await createWriteTestApp(tag);
    await ingestBundle(app.graph, smallBundle(tag));
    await ingestBundle(app.graph, smallBundle(dupTag));
  });
  afterAll(() => app.close());

  it('when an editor asks to merge, then it is FORBIDDEN and both entities stay as they were', async () => {
    const before = await relationships(`${dupTag}:ada`);
    const response = await app.gql(
      MERGE,
      { input: { survivorId: `${tag}:ada`, duplicateId: `${dupTag}:ada`, reason: 'same person' } },
      { as: 'editor' },
    );
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await relationships(`${dupTag}:ada`)).toEqual(before);
  });

  it('when an admin merges a duplicate, then every relationship moves to the survivor and its names become aliases', async () => {
    const survivorId = `${tag}:ada`;
    const duplicateId = `${dupTag}:ada`;
    const expected = [
      ...(await relationships(survivorId)),
      ...(await relationships(duplicateId)),
    ].sort();
    const response = await app.gql(
      MERGE,
      { input: { survivorId, duplicateId, reason: 'Both bundles describe one inspector.' } },
      { as: 'admin' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.mergeEntities).toMatchObject({
      entity: {
        id: survivorId,
        name: `Ada Quill ${tag}`,
        aliases: expect.arrayContaining([`Quill ${tag}`, `Ada Quill ${dupTag}`, `Quill ${dupTag}`]),
      },
      duplicateId,
      auditEntry: {
        action: 'MERGE_ENTITIES',
        actor: app.keys.admin.id,
        targetIds: [survivorId, duplicateId],
      },
    });
    expect(response.data.mergeEntities.movedRelationships).toBeGreaterThan(3);
    const withoutAudit = (rels: string[]) => rels.filter((r) => !r.startsWith('<CONCERNS audit:'));
    expect(withoutAudit(await relationships(survivorId)).sort()).toEqual(
      [...new Set(withoutAudit(expected))].sort(),
    );
    const gone = await app.gql(`query($id: ID!) { entity(id: $id) { id } }`, { id: duplicateId });
    expect(gone.data.entity).toBeNull();
    const byName = await app.gql(
      `query($n: String!) { entities(name: $n) { edges { node { id } } } }`,
      { n: `Ada Quill ${dupTag}` },
    );
    expect(byName.data.entities.edges).toEqual([{ node: { id: survivorId } }]);
    const speaker = await app.gql(`query($id: ID!) { occurrence(id: $id) { speaker { id } } }`, {
      id: `${dupTag}:o-ada-gazette`,
    });
    expect(speaker.data.occurrence.speaker.id).toBe(survivorId);
  });

  it("when the merged duplicate's bundle is ingested again, then the duplicate does not come back", async () => {
    await ingestBundle(app.graph, smallBundle(dupTag));
    const again = await app.gql(`query($id: ID!) { entity(id: $id) { id } }`, {
      id: `${dupTag}:ada`,
    });
    expect(again.data.entity).toBeNull();
  });

  it('when the two entities are of different kinds, then the merge is refused', async () => {
    const response = await app.gql(
      MERGE,
      { input: { survivorId: `${tag}:council`, duplicateId: `${tag}:bridge`, reason: 'no' } },
      { as: 'admin' },
    );
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.duplicateId' }],
    });
  });
});
