import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnchor, contentHash, furnitureSpans, overlaps } from '../../src/bundle/anchor';
import { completeAnchors } from '../../src/bundle/draft';
import { bundleSchema } from '../../src/bundle/schema';

const ROOT = join(__dirname, '..', '..');

/** The curated bundles on disk: the seed, and the second article that must load the same way. */
const BUNDLES = [
  join(ROOT, 'seeds', 'musk-putin-starlink'),
  join(ROOT, 'test', 'fixtures', 'bundles', 'second-article'),
].map((dir) => {
  const raw: unknown = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
  const bundle = bundleSchema.parse(raw);
  const text = readFileSync(join(dir, bundle.source.textFile ?? 'article.txt'), 'utf8');
  return { dir, raw, bundle, text };
});

describe.each(BUNDLES.map((b) => [b.dir.slice(ROOT.length + 1), b] as const))(
  'the curated bundle %s',
  (_name, { raw, bundle, text }) => {
    it('when its text is hashed, then it matches source.contentHash', () => {
      expect(contentHash(text)).toBe(bundle.source.contentHash);
    });

    it('when every anchor is checked against the text, then none has a problem', () => {
      const problems = bundle.occurrences.flatMap((o) =>
        checkAnchor(text, o.anchor).map((p) => `${o.id}: ${p}`),
      );
      expect(problems).toEqual([]);
    });

    it('when anchors are compared with the page furniture, then none overlaps it and every furniture entry is found', () => {
      const spans = furnitureSpans(text, bundle.furniture);
      for (const entry of bundle.furniture) expect(spans.some((s) => s.text === entry)).toBe(true);
      const inFurniture = bundle.occurrences
        .filter((o) => spans.some((s) => overlaps(s, o.anchor)))
        .map((o) => o.id);
      expect(inFurniture).toEqual([]);
    });

    it('when the anchor tool runs on it again, then nothing changes', () => {
      expect(completeAnchors(raw, text)).toEqual({ bundle: raw });
    });

    it('when names and aliases are compared, then each resolves to exactly one entity', () => {
      const owners = new Map<string, string[]>();
      for (const e of bundle.entities) {
        for (const name of new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()))) {
          owners.set(name, [...(owners.get(name) ?? []), e.id]);
        }
      }
      expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
    });

    it('when a reporting chain is followed, then every hop is an occurrence of the same claim and ends at the source publisher', () => {
      const byId = new Map(bundle.occurrences.map((o) => [o.id, o]));
      const relayed = new Set(
        bundle.occurrences.map((o) => o.quotedFrom).filter((id) => id !== undefined),
      );
      for (const last of bundle.occurrences.filter((o) => !relayed.has(o.id))) {
        expect([last.id, last.reportedBy]).toEqual([last.id, bundle.source.publisher]);
        for (let hop = last; hop.quotedFrom !== undefined;) {
          const next = byId.get(hop.quotedFrom);
          expect(next?.claim).toBe(hop.claim);
          hop = next!;
        }
      }
    });
  },
);

describe('the seed bundle musk-putin-starlink', () => {
  const { bundle, text } = BUNDLES[0];
  const ids = new Set<string>(
    [
      ...bundle.entities,
      ...bundle.events,
      ...bundle.claims,
      ...bundle.occurrences,
      ...bundle.relations,
    ].map((x) => x.id),
  );
  const entity = (id: string) => bundle.entities.find((e) => e.id === id);
  const relation = (id: string) => bundle.relations.find((r) => r.id === id);

  it('when the stored text is read, then it keeps the curly quotes and the typo "inlcude" verbatim', () => {
    expect(text).toContain('“They don’t love it,”');
    expect(text).toContain('expanded to inlcude senior Russian officials');
    expect(text).not.toContain('expanded to include');
  });

  it.each([
    'person:elon-musk',
    'person:vladimir-putin',
    'person:ian-bremmer',
    'person:sergei-kiriyenko',
    'person:dmitry-rogozin',
    'org:spacex',
    'org:tesla',
    'org:x',
    'product:starlink',
    'org:kremlin',
    'org:roscosmos',
    'org:pentagon',
    'org:us-administration',
    'org:clubhouse',
    'org:ukrainian-forces',
    'org:russian-naval-forces',
    'outlet:wsj',
    'outlet:ukrainska-pravda',
    'outlet:cnn',
    'outlet:unnamed-publisher',
    'outlet:musk-public-statements',
    'anon:officials-us-europe-russia',
    'anon:one-official',
    'anon:sources',
    'place:sevastopol',
    'place:crimea',
    'place:mariupol',
    'place:ukraine',
    'place:russia',
    'thing:admiral-makarov',
    'claim:musk-putin-regular-contact',
    'claim:musk-spoke-with-putin-once',
    'claim:musk-ordered-starlink-disconnection',
    'claim:starlink-never-activated-in-region',
    'rel:once-disputes-regular-contact',
    'rel:never-activated-disputes-ordered-disconnection',
  ])('when the graph is curated, then %s exists', (id) => {
    expect(ids.has(id)).toBe(true);
  });

  it('when the required disputes are read, then they run from the denial to the disputed claim', () => {
    expect(relation('rel:once-disputes-regular-contact')).toMatchObject({
      kind: 'DISPUTES',
      from: 'claim:musk-spoke-with-putin-once',
      to: 'claim:musk-putin-regular-contact',
    });
    expect(relation('rel:never-activated-disputes-ordered-disconnection')).toMatchObject({
      kind: 'DISPUTES',
      from: 'claim:starlink-never-activated-in-region',
      to: 'claim:musk-ordered-starlink-disconnection',
    });
  });

  it('when the regular-contact claim is traced, then it passes from the anonymous officials through the WSJ to the article', () => {
    const hops = bundle.occurrences.filter((o) => o.claim === 'claim:musk-putin-regular-contact');
    const last = hops.find((o) => o.quotedFrom !== undefined);
    const first = hops.find((o) => o.id === last?.quotedFrom);
    expect(last).toMatchObject({
      speaker: 'outlet:wsj',
      reportedBy: 'outlet:unnamed-publisher',
      verb: 'according to',
    });
    expect(first).toMatchObject({
      speaker: 'anon:officials-us-europe-russia',
      reportedBy: 'outlet:wsj',
      verb: 'sourced from',
    });
    expect(first?.quotedFrom).toBeUndefined();
  });

  it("when aliases are read, then the article's spellings resolve to the usual names", () => {
    expect(entity('person:ian-bremmer')).toMatchObject({
      name: 'Ian Bremmer',
      aliases: expect.arrayContaining(['Jan Bremmer']),
    });
    expect(entity('person:vladimir-putin')?.aliases).toEqual(
      expect.arrayContaining(['Putin', 'the Kremlin chief']),
    );
    expect(entity('org:x')?.aliases).toContain('social platform X');
    expect(entity('anon:officials-us-europe-russia')?.anonymous).toMatchObject({
      descriptor: 'several current and former officials across the US, Europe, and Russia',
      count: { min: 2 },
    });
  });

  it('when the page furniture is set aside, then no entity, event, claim or quoted words mention the dolphins', () => {
    // Anchor prefix and suffix are verbatim context and may run into the furniture; the quote itself may not.
    const curated = JSON.stringify([
      bundle.entities,
      bundle.events,
      bundle.claims,
      bundle.occurrences.map((o) => o.anchor.exact),
    ]);
    expect(curated).not.toMatch(/dolphin/i);
    expect(bundle.furniture).toEqual(
      expect.arrayContaining([
        'Advertisement',
        'Russia Guards Combat Dolphins in Crimea With Pantsir-S1 (SA-22) System',
        'Other Topics of Interest',
      ]),
    );
  });
});
