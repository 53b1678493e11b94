import { readFileSync } from 'node:fs';
import path from 'node:path';
import { completeAnchors } from '../src/bundle/draft';
import { readBundleFile } from '../src/bundle/load';
import { nameKey } from '../src/bundle/names';
import { type Bundle, bundleSchema, type Entity, type FuzzyDate } from '../src/bundle/schema';
import { PROJECT_ROOT } from '../src/config';
import { parseDate } from '../src/drafting/dates';
import { draftArticle } from '../src/drafting/draft-article';
import {
  knownEntitiesInBundles,
  type KnownEntities,
  NO_KNOWN_ENTITIES,
} from '../src/drafting/known-entities';

/**
 * `npx tsx scripts/measure-drafting.ts`: drafts each curated article from its raw text and counts
 * what the draft gets right against the curated bundle. Known entities come either from nothing
 * or from the other curated bundles only (leave-one-out): matching an article against its own
 * curated bundle would find every entity by construction.
 *
 * - Entity recall: curated entities whose name, an alias or an anonymous descriptor is a draft
 *   entity's name or alias (case, "the" and apostrophes ignored); an anonymous source also counts
 *   when it is the speaker the draft gives an overlapping occurrence. Publishers are left out on
 *   both sides: neither article names its own.
 * - Entity precision: draft entities that match a curated entity the same way.
 * - Attribution recall: curated occurrences whose anchor overlaps a draft occurrence's anchor.
 * - Attribution precision: draft occurrences whose anchor overlaps a curated occurrence's.
 * - Speaker agreement: recalled curated occurrences with an overlapping draft occurrence whose
 *   speaker is the curated speaker (entities matched as above).
 * - Kind agreement: matched (draft, curated) entity pairs of the same kind.
 */

export interface ArticleCase {
  name: string;
  bundleFile: string;
  /** Curated bundles whose entities stand for "already in the graph". */
  knownFrom: string[];
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface Measures {
  entityRecall: Ratio;
  entityPrecision: Ratio;
  attributionRecall: Ratio;
  attributionPrecision: Ratio;
  speakerAgreement: Ratio;
  kindAgreement: Ratio;
  furnitureRecall: Ratio;
  furniturePrecision: Ratio;
  dateRecall: Ratio;
  missedEntities: string[];
  kindMismatches: string[];
  wrongEntities: string[];
  missedOccurrences: string[];
  wrongOccurrences: string[];
}

const SEED = path.join(PROJECT_ROOT, 'seeds/musk-putin-starlink/bundle.json');
const SECOND = path.join(PROJECT_ROOT, 'test/fixtures/bundles/second-article/bundle.json');

export const CASES: ArticleCase[] = [
  { name: 'seed (musk-putin-starlink)', bundleFile: SEED, knownFrom: [SECOND] },
  { name: 'second article (arctic)', bundleFile: SECOND, knownFrom: [SEED] },
];

export async function measure(article: ArticleCase, known: KnownEntities): Promise<Measures> {
  const { input, text } = readBundleFile(article.bundleFile);
  const curated: Bundle = bundleSchema.parse(input);
  if (text === undefined) throw new Error(`${article.bundleFile} names no textFile`);

  const { draft } = await draftArticle(text, { slug: 'measured', textFile: 'article.txt', known });
  const completed = completeAnchors(draft, text);
  if ('problems' in completed)
    throw new Error(
      `the draft of ${article.name} does not anchor: ${JSON.stringify(completed.problems)}`,
    );
  const drafted = bundleSchema.parse(completed.bundle);

  const keysOf = (e: Entity) =>
    new Set([e.name, ...e.aliases, ...(e.anonymous ? [e.anonymous.descriptor] : [])].map(key));
  const curatedEntities = curated.entities.filter((e) => e.id !== curated.source.publisher);
  const draftEntities = drafted.entities.filter(
    (e) => e.id !== drafted.source.publisher && !e.id.endsWith('/unresolved-speaker'),
  );

  const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const speaksOverlapping = (draftId: string, curatedId: string) =>
    drafted.occurrences.some(
      (d) =>
        d.speaker === draftId &&
        curated.occurrences.some((c) => c.speaker === curatedId && overlapping(c.anchor, d.anchor)),
    );
  const sameEntity = (d: Entity, c: Entity) => {
    const dk = keysOf(d);
    if ([...keysOf(c)].some((k) => dk.has(k))) return true;
    return (
      d.kind === 'ANONYMOUS_SOURCE' &&
      c.kind === 'ANONYMOUS_SOURCE' &&
      speaksOverlapping(d.id, c.id)
    );
  };

  const missedEntities = curatedEntities.filter(
    (c) => !draftEntities.some((d) => sameEntity(d, c)),
  );
  const wrongEntities = draftEntities.filter((d) => !curatedEntities.some((c) => sameEntity(d, c)));
  const matchedPairs = draftEntities.flatMap((d) =>
    curatedEntities.filter((c) => sameEntity(d, c)).map((c) => [d, c] as const),
  );

  const recalled = curated.occurrences.filter((c) =>
    drafted.occurrences.some((d) => overlapping(c.anchor, d.anchor)),
  );
  const wrongOccurrences = drafted.occurrences.filter(
    (d) => !curated.occurrences.some((c) => overlapping(c.anchor, d.anchor)),
  );
  const entityById = <T extends { id: string }>(list: T[], id: string) =>
    list.find((e) => e.id === id);
  const agreeing = recalled.filter((c) =>
    drafted.occurrences.some((d) => {
      if (!overlapping(c.anchor, d.anchor)) return false;
      const [de, ce] = [
        entityById(drafted.entities, d.speaker),
        entityById(curated.entities, c.speaker),
      ];
      return de !== undefined && ce !== undefined && sameEntity(de, ce);
    }),
  );

  const furnitureFound = curated.furniture.filter((f) => drafted.furniture.includes(f));
  const furnitureRight = drafted.furniture.filter((f) => curated.furniture.includes(f));

  const curatedDates = uniqueDates([
    ...curated.events.map((e) => e.date),
    ...curated.claims.flatMap((c) => (c.appliesTo ? [c.appliesTo] : [])),
    ...curated.occurrences.flatMap((o) =>
      [o.said, o.published].filter((d): d is FuzzyDate => d !== undefined),
    ),
  ]);
  const draftDates = draft.curation?.candidates?.dates?.map((d) => d.date) ?? [];
  const datesFound = curatedDates.filter((c) =>
    draftDates.some(
      (d) => d.precision === c.precision && d.earliest === c.earliest && d.latest === c.latest,
    ),
  );

  return {
    entityRecall: {
      hit: curatedEntities.length - missedEntities.length,
      of: curatedEntities.length,
    },
    entityPrecision: { hit: draftEntities.length - wrongEntities.length, of: draftEntities.length },
    attributionRecall: { hit: recalled.length, of: curated.occurrences.length },
    attributionPrecision: {
      hit: drafted.occurrences.length - wrongOccurrences.length,
      of: drafted.occurrences.length,
    },
    speakerAgreement: { hit: agreeing.length, of: recalled.length },
    kindAgreement: {
      hit: matchedPairs.filter(([d, c]) => d.kind === c.kind).length,
      of: matchedPairs.length,
    },
    furnitureRecall: { hit: furnitureFound.length, of: curated.furniture.length },
    furniturePrecision: { hit: furnitureRight.length, of: drafted.furniture.length },
    dateRecall: { hit: datesFound.length, of: curatedDates.length },
    missedEntities: missedEntities.map((e) => e.id),
    kindMismatches: matchedPairs
      .filter(([d, c]) => d.kind !== c.kind)
      .map(([d, c]) => `${d.name} ${d.kind} (curated ${c.kind})`),
    wrongEntities: wrongEntities.map((e) => `${e.name} (${e.kind})`),
    missedOccurrences: curated.occurrences.filter((c) => !recalled.includes(c)).map((c) => c.id),
    wrongOccurrences: wrongOccurrences.map((d) => `"${d.anchor.exact.slice(0, 50)}…" (${d.verb})`),
  };
}

const HELD_OUT = path.join(PROJECT_ROOT, 'test/unit/drafting/fixtures');

interface HeldOutExpectation {
  published: string;
  entities: string[];
  attributedSentences: string[];
  furniture: string[];
}

/**
 * The held-out article: written with its expectations (held-out-expected.json) before the drafter
 * ever read it, and measured as it came out. Both curated bundles stand for the graph.
 */
export async function measureHeldOut(): Promise<
  Pick<
    Measures,
    | 'entityRecall'
    | 'entityPrecision'
    | 'attributionRecall'
    | 'attributionPrecision'
    | 'furnitureRecall'
    | 'furniturePrecision'
    | 'missedEntities'
    | 'wrongEntities'
    | 'missedOccurrences'
    | 'wrongOccurrences'
  >
> {
  const text = readFileSync(path.join(HELD_OUT, 'held-out-article.txt'), 'utf8');
  const expected = JSON.parse(
    readFileSync(path.join(HELD_OUT, 'held-out-expected.json'), 'utf8'),
  ) as HeldOutExpectation;
  const known = knownEntitiesInBundles([SEED, SECOND], 'both curated bundles');
  const { draft } = await draftArticle(text, {
    slug: 'held-out',
    textFile: 'article.txt',
    known,
    published: parseDate(expected.published),
  });
  const completed = completeAnchors(draft, text);
  if ('problems' in completed)
    throw new Error(`the held-out draft does not anchor: ${JSON.stringify(completed.problems)}`);
  const drafted = bundleSchema.parse(completed.bundle);

  const draftEntities = drafted.entities.filter(
    (e) => e.id !== drafted.source.publisher && !e.id.endsWith('/unresolved-speaker'),
  );
  const names = (e: Entity) =>
    new Set([e.name, ...e.aliases, ...(e.anonymous ? [e.anonymous.descriptor] : [])].map(key));
  const missedEntities = expected.entities.filter(
    (n) => !draftEntities.some((e) => names(e).has(key(n))),
  );
  const wrongEntities = draftEntities.filter(
    (e) => !expected.entities.some((n) => names(e).has(key(n))),
  );

  const spans = expected.attributedSentences.map((s) => ({
    s,
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
  }));
  const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const missedOccurrences = spans
    .filter((x) => !drafted.occurrences.some((o) => overlapping(o.anchor, x)))
    .map((x) => x.s);
  const wrongOccurrences = drafted.occurrences.filter(
    (o) => !spans.some((x) => overlapping(o.anchor, x)),
  );

  return {
    entityRecall: {
      hit: expected.entities.length - missedEntities.length,
      of: expected.entities.length,
    },
    entityPrecision: { hit: draftEntities.length - wrongEntities.length, of: draftEntities.length },
    attributionRecall: { hit: spans.length - missedOccurrences.length, of: spans.length },
    attributionPrecision: {
      hit: drafted.occurrences.length - wrongOccurrences.length,
      of: drafted.occurrences.length,
    },
    furnitureRecall: {
      hit: expected.furniture.filter((f) => drafted.furniture.includes(f)).length,
      of: expected.furniture.length,
    },
    furniturePrecision: {
      hit: drafted.furniture.filter((f) => expected.furniture.includes(f)).length,
      of: drafted.furniture.length,
    },
    missedEntities,
    wrongEntities: wrongEntities.map((e) => `${e.name} (${e.kind})`),
    missedOccurrences,
    wrongOccurrences: wrongOccurrences.map((o) => `"${o.anchor.exact.slice(0, 50)}…" (${o.verb})`),
  };
}

function key(name: string): string {
  return nameKey(name).replace(/^the /, '');
}

/** Dates with an interval, each once (the text as written differs between curators). */
function uniqueDates(dates: FuzzyDate[]): FuzzyDate[] {
  const seen = new Set<string>();
  return dates.filter((d) => {
    if (d.precision === 'UNKNOWN') return false;
    const k = `${d.precision} ${d.earliest} ${d.latest}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function percent({ hit, of }: Ratio): string {
  return of === 0 ? 'n/a' : `${hit}/${of} (${Math.round((100 * hit) / of)}%)`;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const details: string[] = [];
  for (const article of CASES) {
    for (const [label, known] of [
      ['no known entities', NO_KNOWN_ENTITIES],
      [
        'other curated bundle known',
        knownEntitiesInBundles(article.knownFrom, 'the other curated bundle'),
      ],
    ] as const) {
      const m = await measure(article, known);
      rows.push(
        `| ${article.name} | ${label} | ${percent(m.entityRecall)} | ${percent(m.entityPrecision)} | ${percent(m.attributionRecall)} | ` +
          `${percent(m.attributionPrecision)} | ${percent(m.speakerAgreement)} | ${percent(m.kindAgreement)} | ${percent(m.furnitureRecall)} | ${percent(m.furniturePrecision)} | ${percent(m.dateRecall)} |`,
      );
      details.push(
        `${article.name}, ${label}:`,
        `  curated entities missed: ${m.missedEntities.join(', ') || 'none'}`,
        `  draft entities matching no curated one: ${m.wrongEntities.join(', ') || 'none'}`,
        `  kind disagreements: ${m.kindMismatches.join(', ') || 'none'}`,
        `  curated occurrences missed: ${m.missedOccurrences.join(', ') || 'none'}`,
        `  draft occurrences matching no curated one: ${m.wrongOccurrences.join('; ') || 'none'}`,
      );
    }
  }
  console.log(
    [
      '| Article | Matching | Entity recall | Entity precision | Attribution recall | Attribution precision | Speaker agrees | Kind agrees | Furniture recall | Furniture precision | Date recall |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
  console.log(`\n${details.join('\n')}`);

  const h = await measureHeldOut();
  console.log(
    [
      '\nHeld-out article (expectations written before the drafter read it):',
      '| Entity recall | Entity precision | Attribution recall | Attribution precision | Furniture recall | Furniture precision |',
      '|---|---|---|---|---|---|',
      `| ${percent(h.entityRecall)} | ${percent(h.entityPrecision)} | ${percent(h.attributionRecall)} | ${percent(h.attributionPrecision)} | ${percent(h.furnitureRecall)} | ${percent(h.furniturePrecision)} |`,
      `  expected entities missed: ${h.missedEntities.join(', ') || 'none'}`,
      `  draft entities not expected: ${h.wrongEntities.join(', ') || 'none'}`,
      `  expected attributions missed: ${h.missedOccurrences.join(' | ') || 'none'}`,
      `  draft attributions not expected: ${h.wrongOccurrences.join('; ') || 'none'}`,
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
