import { readBundleFile } from '../../src/bundle/load';
import { Bundle } from '../../src/bundle/schema';
import { createTestApp, loadSeed, SEED_BUNDLE, TestApp } from '../support/app';

const seed = readBundleFile(SEED_BUNDLE).input as Bundle;
const seedRelations = seed.relations.map((r) => [r.id, r] as const);

const DISPUTED_BY = /* GraphQL */ `
  query DisputedBy($id: ID!) {
    claim(id: $id) {
      id
      disputedBy {
        id
        kind
        claim {
          id
          text
          occurrences(first: 10) {
            edges {
              node {
                speaker {
                  id
                  name
                }
                reportedBy {
                  id
                }
                published {
                  text
                  precision
                }
                said {
                  text
                  earliest
                  latest
                  precision
                }
                quote {
                  exact
                }
              }
            }
          }
        }
        evidence {
          id
          quote {
            exact
          }
        }
      }
    }
  }
`;

describe('seed disputes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await loadSeed(app.graph);
  });
  afterAll(() => app.close());

  it('when the regular-contact claim is asked for, then Musk\'s "only once, in early 2021" statement disputes it', async () => {
    const { data, errors } = await app.gql(DISPUTED_BY, { id: 'claim:musk-putin-regular-contact' });
    expect(errors).toBeUndefined();
    const [dispute] = data.claim.disputedBy.filter(
      (d: any) => d.id === 'rel:once-disputes-regular-contact',
    );
    expect(dispute.kind).toBe('DISPUTES');
    expect(dispute.claim.id).toBe('claim:musk-spoke-with-putin-once');
    const speakers = dispute.claim.occurrences.edges.map((e: any) => e.node.speaker.id);
    expect(speakers).toContain('person:elon-musk');
    const said = dispute.claim.occurrences.edges.map((e: any) => e.node.quote.exact).join(' ');
    expect(said).toContain('only spoken with Putin once');
    expect(dispute.evidence.length).toBeGreaterThan(0);
  });

  it('when CNN\'s disconnection report is asked for, then Musk\'s "never been activated" statement disputes it', async () => {
    const { data, errors } = await app.gql(DISPUTED_BY, {
      id: 'claim:musk-ordered-starlink-disconnection',
    });
    expect(errors).toBeUndefined();
    const [dispute] = data.claim.disputedBy.filter(
      (d: any) => d.id === 'rel:never-activated-disputes-ordered-disconnection',
    );
    expect(dispute.claim.id).toBe('claim:starlink-never-activated-in-region');
    const quotes = dispute.claim.occurrences.edges.map((e: any) => e.node.quote.exact).join(' ');
    expect(quotes).toContain('had never been activated in the relevant regions');
    expect(dispute.claim.occurrences.edges.map((e: any) => e.node.speaker.id)).toContain(
      'person:elon-musk',
    );
  });

  it("when Bremmer's claim is asked for, then Musk's clarification disputes it too", async () => {
    const { data } = await app.gql(DISPUTED_BY, { id: 'claim:bremmer-musk-spoke-with-putin' });
    expect(data.claim.disputedBy.map((d: any) => d.claim.id)).toContain(
      'claim:musk-spoke-with-putin-once',
    );
  });

  it('when the disputing claim is asked the other way, then it lists what it disputes', async () => {
    const { data } = await app.gql(
      `{ claim(id: "claim:musk-spoke-with-putin-once") { disputes { claim { id } } } }`,
    );
    expect(data.claim.disputes.map((d: any) => d.claim.id).sort()).toEqual([
      'claim:bremmer-musk-spoke-with-putin',
      'claim:musk-putin-regular-contact',
    ]);
  });

  it.each(seedRelations)(
    'when %s is curated, then the API shows it from both claims with its evidence',
    async (_, relation) => {
      const { data, errors } = await app.gql(
        `query($from: ID!, $to: ID!) {
        from: claim(id: $from) { disputes { id claim { id } } supports { id claim { id } } }
        to: claim(id: $to) { disputedBy { id claim { id } evidence { id } } supportedBy { id claim { id } evidence { id } } }
      }`,
        { from: relation.from, to: relation.to },
      );
      expect(errors).toBeUndefined();
      const outgoing = relation.kind === 'DISPUTES' ? data.from.disputes : data.from.supports;
      const incoming = relation.kind === 'DISPUTES' ? data.to.disputedBy : data.to.supportedBy;
      expect(outgoing).toContainEqual({ id: relation.id, claim: { id: relation.to } });
      const seen = incoming.find((r: any) => r.id === relation.id);
      expect(seen.claim.id).toBe(relation.from);
      expect(seen.evidence.map((e: any) => e.id).sort()).toEqual([...relation.evidence].sort());
    },
  );

  it('when disputed claims are listed, then every seed dispute target is there and each lists its dispute', async () => {
    const { data } = await app.gql(
      `{ claims(filter: {disputed: true}, first: 100) { totalCount edges { node { id disputedBy { id } } } } }`,
    );
    const ids = data.claims.edges.map((e: any) => e.node.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'claim:musk-putin-regular-contact',
        'claim:musk-ordered-starlink-disconnection',
        'claim:bremmer-musk-spoke-with-putin',
      ]),
    );
    for (const edge of data.claims.edges) expect(edge.node.disputedBy.length).toBeGreaterThan(0);
  });
});
