import { Principal } from '../../src/auth/roles';
import { createWrites } from '../../src/mutations';
import { createTestApp, loadSeed, TestApp } from '../support/app';
import { uniqueTag } from '../support/bundles';

const MATCH = `query Match($text: String!, $first: Int, $entityId: ID, $from: String, $to: String) {
  matchClaims(text: $text, first: $first, entityId: $entityId, from: $from, to: $to) {
    score coverage stance
    claim { id text }
    reasons {
      sharedWords negations
      sharedEntities { matchedName entity { id } }
      sharedSpeakers { entity { id } }
      overlappingDates { text earliest latest overlaps }
    }
  }
}`;

interface MatchResult {
  score: number;
  coverage: number;
  stance: 'SAME_CLAIM' | 'DISPUTE_CANDIDATE';
  claim: { id: string; text: string };
  reasons: {
    sharedWords: string[];
    negations: string[];
    sharedEntities: { matchedName: string; entity: { id: string } }[];
    sharedSpeakers: { entity: { id: string } }[];
    overlappingDates: { text: string; earliest: string; latest: string; overlaps: string }[];
  };
}

describe('matchClaims', () => {
  let app: TestApp;
  const match = async (variables: Record<string, unknown>) =>
    app.gql<{ matchClaims: MatchResult[] }>(MATCH, variables);

  // Applying the schema and loading the seed took 85 s and 146 s at load average 45.
  beforeAll(async () => {
    app = await createTestApp({ NEO4J_QUERY_TIMEOUT_MS: '300000' });
    await loadSeed(app.graph);
  }, 400000);
  afterAll(() => app.close());

  it.each([
    [
      'Putin and Musk have talked to each other regularly since the end of 2022',
      'claim:musk-putin-regular-contact',
    ],
    [
      'Elon Musk told his engineers to switch off Starlink during the Sevastopol drone attack because he feared escalation',
      'claim:musk-ordered-starlink-disconnection',
    ],
    [
      'Was the frigate Admiral Makarov what the drones were aiming at?',
      'claim:admiral-makarov-was-the-target',
    ],
    [
      "Rogozin says Musk will answer for Starlink terminals sent to Ukraine's fighters in Mariupol",
      'claim:rogozin-musk-will-have-to-answer',
    ],
    [
      'The Kremlin was curious about the Clubhouse invite and asked for details, but nothing came of it then',
      'claim:kremlin-interested-but-sought-clarification',
    ],
  ])(
    'when a statement paraphrases a seed claim (%s), then that claim comes first',
    async (text, id) => {
      const response = await match({ text });
      expect(response.errors).toBeUndefined();
      const [best] = response.data!.matchClaims;
      expect(best.claim.id).toBe(id);
      expect(best.stance).toBe('SAME_CLAIM');
      expect(best.reasons.sharedWords.length).toBeGreaterThan(0);
    },
  );

  it('when a statement names entities, a speaker and a date of a claim, then the reasons say so', async () => {
    const response = await match({
      text: 'Musk and Putin have been in regular contact since late 2022, officials say.',
    });
    const best = response.data!.matchClaims[0];
    expect(best.claim.id).toBe('claim:musk-putin-regular-contact');
    expect(best.reasons.sharedEntities.map((e) => e.entity.id)).toEqual(
      expect.arrayContaining(['person:elon-musk', 'person:vladimir-putin']),
    );
    expect(best.reasons.overlappingDates).toEqual([
      { text: 'late 2022', earliest: '2022-09-01', latest: '2022-12-31', overlaps: 'CLAIM_PERIOD' },
    ]);
    expect(best.coverage).toBeGreaterThan(0.5);
    const scores = response.data!.matchClaims.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('when a statement denies a stored claim, then the claim is proposed as a dispute candidate', async () => {
    const response = await match({
      text: 'Musk denied that he ordered Starlink to be disconnected during the September 2022 attack: "false".',
    });
    const best = response.data!.matchClaims[0];
    expect(best.claim.id).toBe('claim:musk-ordered-starlink-disconnection');
    expect(best.stance).toBe('DISPUTE_CANDIDATE');
    expect(best.reasons.negations).toEqual(expect.arrayContaining(['denied', 'false']));
  });

  it('when a claim itself says "never", then a statement saying "never" too is the same claim', async () => {
    const response = await match({
      text: 'Starlink was never activated in those regions, so it could not be deactivated.',
    });
    const best = response.data!.matchClaims[0];
    expect(best.claim.id).toBe('claim:starlink-never-activated-in-region');
    expect(best.stance).toBe('SAME_CLAIM');
  });

  it('when narrowed to an entity or a date window, then only claims about it or in it come back', async () => {
    const text = 'Musk Putin Starlink contact Sevastopol attack';
    const byEntity = (await match({ text, first: 20, entityId: 'product:starlink' })).data!;
    expect(byEntity.matchClaims.length).toBeGreaterThan(0);
    const all = (await match({ text, first: 50 })).data!.matchClaims;
    expect(byEntity.matchClaims.length).toBeLessThan(all.length);
    for (const m of byEntity.matchClaims) expect(m.claim.text + m.claim.id).toMatch(/starlink/i);

    const inWindow = (await match({ text, first: 50, from: '2021-01-01', to: '2021-06-30' })).data!
      .matchClaims;
    expect(inWindow.map((m) => m.claim.id)).toEqual(
      expect.arrayContaining([
        'claim:musk-spoke-with-putin-once',
        'claim:musk-invited-putin-to-clubhouse',
      ]),
    );
    expect(inWindow.map((m) => m.claim.id)).not.toContain('claim:musk-putin-regular-contact');
  });

  it('when the text is a few thousand characters long, then it is matched within the limit', async () => {
    const paragraph =
      'Musk ordered the Starlink disconnection during the September 2022 attack, fearing escalation. ';
    const text = paragraph.repeat(Math.floor(4900 / paragraph.length));
    const response = await match({ text });
    expect(response.errors).toBeUndefined();
    expect(response.data!.matchClaims[0].claim.id).toBe(
      'claim:musk-ordered-starlink-disconnection',
    );

    const words = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const many = await match({ text: `Starlink Sevastopol ${words}`.slice(0, 5000) });
    expect(many.errors).toBeUndefined();
  });

  it('when the text holds Lucene syntax, Cypher or nothing but punctuation, then it is read as words', async () => {
    for (const text of [
      'NOT Musk AND (Putin OR "Starlink"~2) title:x* [a TO z] /.*/ \\',
      '"}) MATCH (n) DETACH DELETE n //',
      '!!! ??? ...',
      'the of and a',
    ]) {
      const response = await match({ text });
      expect(response.errors).toBeUndefined();
      expect(Array.isArray(response.data!.matchClaims)).toBe(true);
    }
    expect((await match({ text: '!!! ??? ...' })).data!.matchClaims).toEqual([]);
  });

  it("when bundles load, then each claim is indexed as its text and its occurrences' words together", async () => {
    const [row] = await app.graph.runRaw(
      `MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:musk'
       RETURN count(c) AS claims,
              count(CASE WHEN c.matchText STARTS WITH c.text THEN 1 END) AS startWithText,
              count(CASE WHEN all(o IN [(o:Occurrence)-[:OF_CLAIM]->(c) | o.exact] WHERE c.matchText CONTAINS o) THEN 1 END) AS holdOccurrences,
              count(CASE WHEN EXISTS { (:Occurrence)-[:OF_CLAIM]->(c) } THEN 1 END) AS withOccurrences`,
    );
    expect(Number(row.claims)).toBeGreaterThan(0);
    expect(Number(row.withOccurrences)).toBeGreaterThan(0);
    expect(Number(row.startWithText)).toBe(Number(row.claims));
    expect(Number(row.holdOccurrences)).toBe(Number(row.claims));
  });

  it('when a claim is added and then corrected, then it is matched by its new words and not its old ones', async () => {
    const writes = createWrites(app.graph);
    const editor: Principal = { id: 'matching-test', role: 'editor', via: 'api-key' };
    const id = `claim:${uniqueTag('match')}`;
    await writes.addClaim(editor, {
      id,
      text: 'Zorblaxian quintessence wobbles the harbour cranes',
    });
    const top = async (text: string) =>
      (await match({ text, first: 1 })).data!.matchClaims.map((m) => m.claim.id);
    expect(await top('zorblaxian quintessence')).toEqual([id]);
    const [{ version }] = await app.graph.runRaw(
      'MATCH (c:Claim {id: $id}) RETURN c.version AS version',
      { id },
    );
    await writes.recordCorrection(editor, {
      claimId: id,
      expectedVersion: Number(version),
      text: 'Flumquattic resonance rattles the harbour cranes',
      reason: 'the first text named the wrong phenomenon',
    });
    expect(await top('flumquattic resonance')).toEqual([id]);
    // The embedding is of the corrected text: the same as a claim written with it from the start.
    const [row] = await app.graph.runRaw(
      `MATCH (c:Claim {id: $id})
       RETURN vector.similarity.cosine(c.matchEmbedding, claimgraph.embed(c.text)) AS same,
              vector.similarity.cosine(c.matchEmbedding, claimgraph.embed($old)) AS old`,
      { id, old: 'Zorblaxian quintessence wobbles the harbour cranes' },
    );
    expect(Number(row.same)).toBeGreaterThan(0.9999);
    expect(Number(row.old)).toBeLessThan(0.99);
    // The old words are out of its index document; by meaning alone a made-up word may still
    // land nearest to it, but without the BM25 part (1 for the best hit) it scores lower.
    const [text] = await app.graph.runRaw('MATCH (c:Claim {id: $id}) RETURN c.matchText AS t', {
      id,
    });
    expect(text.t).not.toMatch(/zorblaxian/i);
    const scoreFor = async (words: string) =>
      (await match({ text: words, first: 5 })).data!.matchClaims.find((m) => m.claim.id === id)
        ?.score ?? -Infinity;
    expect(await scoreFor('flumquattic resonance')).toBeGreaterThan(
      (await scoreFor('zorblaxian quintessence')) + 0.5,
    );
  });

  it('when a statement shares no word with a claim but says the same, then it is found by meaning', async () => {
    const writes = createWrites(app.graph);
    const editor: Principal = { id: 'matching-test', role: 'editor', via: 'api-key' };
    const id = `claim:${uniqueTag('meaning')}`;
    await writes.addClaim(editor, {
      id,
      text: 'A giant squid was filmed alive in the deep sea off the coast of Japan',
    });
    const [stored] = await app.graph.runRaw(
      'MATCH (c:Claim {id: $id}) RETURN size(c.matchEmbedding) AS dimensions',
      { id },
    );
    expect(Number(stored.dimensions)).toBe(384);
    const response = await match({
      text: 'Enormous cephalopod recorded on video while still living, in ocean depths near Tokyo',
      first: 3,
    });
    expect(response.errors).toBeUndefined();
    // Found among the first three though no word is shared (words alone could not find it); a
    // claim sharing a common word gets the BM25 part and may come first.
    const found = response.data!.matchClaims.find((m) => m.claim.id === id);
    expect(found).toBeDefined();
    expect(found!.reasons.sharedWords).toEqual([]);
  });

  it.each([
    ['an empty text', { text: '' }, 'text'],
    ['a text over 5,000 characters', { text: 'x'.repeat(5001) }, 'text'],
    ['first 0', { text: 'Musk', first: 0 }, 'first'],
    ['first 51', { text: 'Musk', first: 51 }, 'first'],
    ['month 13', { text: 'Musk', from: '2022-13-01' }, 'from'],
    ['a word for a date', { text: 'Musk', to: 'yesterday' }, 'to'],
    ['to before from', { text: 'Musk', from: '2023-01-01', to: '2022-01-01' }, 'to'],
    ['an empty entity id', { text: 'Musk', entityId: '' }, 'entityId'],
  ])('when given %s, then the error names the argument', async (_, variables, argument) => {
    const response = await match(variables);
    expect(response.data).toBeNull();
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});
