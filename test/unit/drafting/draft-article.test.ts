import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  bundleForIngestion,
  completeAnchors,
  draftBundleSchema,
  isDraft,
} from '../../../src/bundle/draft';
import { validateBundle } from '../../../src/bundle/validate';
import { PROJECT_ROOT } from '../../../src/config';
import { draftArticle } from '../../../src/drafting/draft-article';
import { knownEntitiesInBundles, NO_KNOWN_ENTITIES } from '../../../src/drafting/known-entities';

const SEED_DIR = path.join(PROJECT_ROOT, 'seeds/musk-putin-starlink');
const SECOND_DIR = path.join(PROJECT_ROOT, 'test/fixtures/bundles/second-article');
const read = (dir: string) => readFileSync(path.join(dir, 'article.txt'), 'utf8');

describe('draftArticle on the seed article', () => {
  const text = read(SEED_DIR);
  const drafting = draftArticle(text, {
    slug: 'seed-test',
    textFile: 'article.txt',
    known: NO_KNOWN_ENTITIES,
  });

  it('when the seed is drafted, then the draft validates against draftBundleSchema', async () => {
    const { draft } = await drafting;
    const parsed = draftBundleSchema.safeParse(draft);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(isDraft(draft)).toBe(true);
  });

  it('when the seed draft is anchored, then every anchor resolves and the bundle passes every cross-reference check', async () => {
    const { draft } = await drafting;
    const completed = completeAnchors(draft, text);
    if ('problems' in completed) throw new Error(JSON.stringify(completed.problems));
    expect(completed.bundle).not.toHaveProperty('curation');
    const validation = validateBundle(completed.bundle, text);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(bundleForIngestion(draft, text)).toEqual(completed.bundle);
  });

  it('when the seed is drafted, then nothing from the dolphins teaser or the footer becomes an entity, claim or occurrence', async () => {
    const { draft } = await drafting;
    const proposed = JSON.stringify({
      entities: draft.entities,
      claims: draft.claims,
      occurrences: draft.occurrences,
    });
    for (const word of ['Dolphin', 'Pantsir', 'Crimea', 'correction', 'Ctrl'])
      expect(proposed).not.toContain(word);
    expect(draft.furniture).toHaveLength(9);
  });

  it('when the seed is drafted, then the WSJ, Bremmer, Rogozin and CNN attributions carry their speakers and verbs', async () => {
    const { draft } = await drafting;
    const names = new Map((draft.entities ?? []).map((e) => [e.id, e.name]));
    const said = (draft.occurrences ?? []).map((o) => `${names.get(o.speaker)} / ${o.verb}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'Wall Street Journal / according to',
        'Jan Bremmer / claimed',
        'Dmitry Rogozin / publicly warned',
        'CNN / reported',
        'Elon Musk / explained',
        'One official / according to',
      ]),
    );
  });

  it('when a sentence carries a date before its verb, then the occurrence is dated; after it, the claim is', async () => {
    const { draft } = await drafting;
    const cnn = draft.occurrences?.find((o) => o.verb === 'reported');
    expect(cnn?.said).toMatchObject({ text: 'September 2023', precision: 'MONTH' });
    const wsj = draft.occurrences?.find(
      (o) => 'exact' in o.anchor && o.anchor.exact.startsWith('Elon Musk, the influential CEO'),
    );
    expect(draft.claims?.find((c) => c.id === wsj?.claim)?.appliesTo).toMatchObject({
      text: 'late 2022',
      precision: 'YEAR_PART',
    });
  });
});

describe('draftArticle on the second article', () => {
  const text = read(SECOND_DIR);

  it('when the seed is known, then the second article reuses its entities and chains the WSJ report to its sources', async () => {
    const known = knownEntitiesInBundles([path.join(SEED_DIR, 'bundle.json')], 'the seed');
    const { draft } = await draftArticle(text, {
      slug: 'arctic-test',
      textFile: 'article.txt',
      known,
    });
    const ids = (draft.entities ?? []).map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:elon-musk', 'org:spacex', 'product:starlink', 'outlet:wsj']),
    );

    const reported = draft.occurrences?.find(
      (o) => o.speaker === 'outlet:wsj' && o.verb === 'reported',
    );
    const citing = draft.occurrences?.find((o) => o.verb === 'citing');
    expect(reported?.quotedFrom).toBe(citing?.id);
    expect(citing).toMatchObject({ reportedBy: 'outlet:wsj', claim: reported?.claim });
    expect(draft.source.published).toMatchObject({ precision: 'DAY', earliest: '2025-05-14' });
    expect(draft.source.title).toBe('Arctic research stations close to Starlink deal, report says');
  });

  it('when "she told" follows a named person, then the pronoun resolves to that person', async () => {
    const { draft } = await draftArticle(text, {
      slug: 'arctic-test',
      textFile: 'article.txt',
      known: NO_KNOWN_ENTITIES,
    });
    const told = draft.occurrences?.find((o) => o.verb === 'told');
    expect(draft.entities?.find((e) => e.id === told?.speaker)?.name).toBe('Ingrid Solberg');
  });
});
