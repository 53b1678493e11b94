import { contentHash } from '../src/bundle/anchor';
import { BundleInput, EntityKind, FuzzyDate } from '../src/bundle/schema';
import { deriveSeed, Random, Zipf } from './random';

/**
 * A synthetic claim graph, deterministic from a seed: entity degrees follow Zipf's law, reporting
 * chains run 1 to 4 hops, about 10% of claims are disputed, named and anonymous speakers are mixed,
 * dates are fuzzy with mixed precision. It comes out as ordinary article bundles, one synthetic
 * source text per bundle with every anchor cut from that text, so the real validation accepts it.
 */

export interface GraphSpec {
  seed: number;
  /** Claims in the whole graph, disputing claims included. */
  claims: number;
  /** Claims per bundle; each bundle is one ingestion transaction. */
  claimsPerBundle: number;
  /**
   * Added to every id and name, for a graph that shares its database with other data (tests):
   * without it, two seeds would give entities the same names and ingestion would merge them.
   */
  tag?: string;
}

type Pool = 'person' | 'org' | 'place' | 'product' | 'thing' | 'anonymous' | 'outlet' | 'event';

const POOL_KIND: Record<Exclude<Pool, 'event'>, EntityKind> = {
  person: 'PERSON',
  org: 'ORGANIZATION',
  place: 'PLACE',
  product: 'PRODUCT',
  thing: 'THING',
  anonymous: 'ANONYMOUS_SOURCE',
  outlet: 'OUTLET',
};

/** Pool sizes per claim, and how steep each pool's power law is. */
const POOLS: Record<Pool, { perClaim: number; min: number; exponent: number; code: number }> = {
  person: { perClaim: 0.08, min: 40, exponent: 1.0, code: 0 },
  org: { perClaim: 0.03, min: 20, exponent: 1.0, code: 1 },
  place: { perClaim: 0.02, min: 15, exponent: 1.0, code: 2 },
  product: { perClaim: 0.005, min: 5, exponent: 1.0, code: 3 },
  thing: { perClaim: 0.005, min: 5, exponent: 1.0, code: 4 },
  anonymous: { perClaim: 0.02, min: 10, exponent: 0.8, code: 5 },
  outlet: { perClaim: 0.002, min: 10, exponent: 1.1, code: 6 },
  event: { perClaim: 0.05, min: 10, exponent: 1.0, code: 7 },
};
const VOCABULARY_CODE = 8;
const VOCABULARY_SIZE = 20000;

const CONSONANTS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const SYLLABLES = CONSONANTS.flatMap((c) => VOWELS.map((v) => c + v));

/** A pronounceable word, different for every (n, code): names never collide, so entities never merge by accident. */
function word(n: number, code: number): string {
  let x = n * 9 + code + SYLLABLES.length;
  let out = '';
  while (x > 0) {
    out += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return out;
}
const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irina',
  'Jonas',
  'Katya',
  'Luis',
  'Mira',
  'Nikolai',
  'Olga',
  'Pavel',
  'Queenie',
  'Rosa',
  'Stefan',
  'Tanya',
  'Umar',
  'Vera',
  'Walter',
  'Xenia',
  'Yuri',
  'Zofia',
];
const ORG_SUFFIXES = [
  'Ministry',
  'Group',
  'Institute',
  'Agency',
  'Council',
  'Corporation',
  'Foundation',
  'Navy',
];
const PLACE_SUFFIXES = ['', ' Bay', ' Port', ' Province', ''];
const PRODUCT_SUFFIXES = ['Link', 'Net', 'One', 'Sat'];
const THING_KINDS = ['frigate', 'satellite', 'pipeline', 'reactor'];
const OUTLET_SUFFIXES = [
  'Times',
  'Herald',
  'Post',
  'Gazette',
  'Wire',
  'Daily',
  'Pravda',
  'Journal',
];
const EVENT_NOUNS = [
  'summit',
  'talks',
  'strike',
  'outage',
  'agreement',
  'hearing',
  'launch',
  'drone attack',
];
const PREDICATES = [
  'met with',
  'spoke with',
  'warned',
  'funded',
  'supplied',
  'criticised',
  'negotiated with',
  'pressured',
  'backed',
  'ordered a halt by',
];
const INTRANSITIVE = [
  'backed out',
  'raised concerns',
  'lobbied hard',
  'stayed silent',
  'changed course',
];
const NOUNS = [
  'deal',
  'contract',
  'ceasefire',
  'network',
  'shipment',
  'inquiry',
  'plan',
  'sanctions',
];
const ROOT_VERBS = ['said', 'told reporters', 'stated', 'claimed', 'announced', 'wrote'];
const ANONYMOUS_VERBS = ['according to', 'sources suggest', 'reportedly', 'said privately'];
const RELAY_VERBS = ['according to', 'reported, citing', 'reportedly quoting', 'relayed'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A fuzzy date as a text would write it: a day, a month, part of a year, a year, a decade, or unknown. */
function fuzzyDate(random: Random, minYear = 1995, maxYear = 2024): FuzzyDate {
  const year = minYear + random.int(maxYear - minYear + 1);
  const month = 1 + random.int(12);
  const precision = random.weighted([
    ['DAY', 30],
    ['MONTH', 30],
    ['YEAR_PART', 20],
    ['YEAR', 14],
    ['DECADE', 2],
    ['UNKNOWN', 4],
  ] as const);
  switch (precision) {
    case 'DAY': {
      const day = 1 + random.int(daysIn(year, month));
      const iso = `${year}-${pad(month)}-${pad(day)}`;
      return { text: `${day} ${MONTHS[month - 1]} ${year}`, earliest: iso, latest: iso, precision };
    }
    case 'MONTH':
      return {
        text: `${MONTHS[month - 1]} ${year}`,
        earliest: `${year}-${pad(month)}-01`,
        latest: `${year}-${pad(month)}-${daysIn(year, month)}`,
        precision,
      };
    case 'YEAR_PART': {
      const part = random.int(3);
      const [word, from, to] = [
        ['early', 1, 4],
        ['mid', 5, 8],
        ['late', 9, 12],
      ][part] as [string, number, number];
      return {
        text: `${word} ${year}`,
        earliest: `${year}-${pad(from)}-01`,
        latest: `${year}-${pad(to)}-${daysIn(year, to)}`,
        precision,
      };
    }
    case 'YEAR':
      return { text: String(year), earliest: `${year}-01-01`, latest: `${year}-12-31`, precision };
    case 'DECADE': {
      const decade = year - (year % 10);
      return {
        text: `the ${decade}s`,
        earliest: `${decade}-01-01`,
        latest: `${decade + 9}-12-31`,
        precision,
      };
    }
    default:
      return { precision: 'UNKNOWN' };
  }
}

type EntityInput = NonNullable<BundleInput['entities']>[number];
type EventInput = NonNullable<BundleInput['events']>[number];
type ClaimInput = NonNullable<BundleInput['claims']>[number];
type OccurrenceInput = NonNullable<BundleInput['occurrences']>[number];
type RelationInput = NonNullable<BundleInput['relations']>[number];
type ReviewInput = NonNullable<BundleInput['reviews']>[number];

/** The population every bundle draws from: pools of entities and events, each with its own power law. */
export class World {
  readonly ns: string;
  readonly sizes: Record<Pool, number>;
  private readonly zipf: Record<Pool, Zipf>;
  private readonly vocabulary: Zipf;

  constructor(readonly spec: GraphSpec) {
    // A tag leads, as in every test's ids, so that a tagged graph's ids sort after the seed's.
    this.ns = spec.tag ? `${spec.tag}:bench${spec.seed}` : `bench${spec.seed}`;
    const entries = Object.entries(POOLS) as [Pool, (typeof POOLS)[Pool]][];
    this.sizes = Object.fromEntries(
      entries.map(([pool, p]) => [pool, Math.max(p.min, Math.round(spec.claims * p.perClaim))]),
    ) as Record<Pool, number>;
    this.zipf = Object.fromEntries(
      entries.map(([pool, p]) => [pool, new Zipf(this.sizes[pool], p.exponent)]),
    ) as Record<Pool, Zipf>;
    this.vocabulary = new Zipf(VOCABULARY_SIZE, 1.0);
  }

  get bundles(): number {
    return Math.ceil(this.spec.claims / this.spec.claimsPerBundle);
  }

  id(pool: Pool, i: number): string {
    return `${this.ns}:${pool}:${i}`;
  }

  /** Rank i of a pool: 0 is the most talked-about. */
  draw(pool: Pool, random: Random): number {
    return this.zipf[pool].sample(random);
  }

  topic(random: Random): string {
    return word(this.vocabulary.sample(random), VOCABULARY_CODE);
  }

  /** The distinctive word of an entity's name, what a user would type into search. */
  nameWord(pool: Pool, i: number): string {
    return capital(word(i, POOLS[pool].code));
  }

  private named(name: string): string {
    return this.spec.tag ? `${name} ${this.spec.tag}` : name;
  }

  entity(pool: Exclude<Pool, 'event'>, i: number): EntityInput {
    const random = new Random(deriveSeed(this.spec.seed ^ (POOLS[pool].code * 0x1000193), i));
    const w = this.named(this.nameWord(pool, i));
    const base = { id: this.id(pool, i), kind: POOL_KIND[pool] };
    const sameAs = random.chance(0.1)
      ? [`wikidata:Q${10_000_000 * (POOLS[pool].code + 1) + i}`]
      : [];
    switch (pool) {
      case 'person': {
        const person: EntityInput = {
          ...base,
          name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${w}`,
          aliases: random.chance(0.25) ? [w] : [],
          sameAs,
          ...(random.chance(0.3) ? { description: `A synthetic public figure, ${w}.` } : {}),
        };
        if (random.chance(0.05)) {
          const org = this.entity('org', this.draw('org', random));
          person.roles = [
            {
              title: `head of ${org.name}`,
              of: org.id,
              asWritten: `then-head of ${org.name}`,
              period: fuzzyDate(random),
            },
          ];
        }
        return person;
      }
      case 'org': {
        const name = `${w} ${ORG_SUFFIXES[i % ORG_SUFFIXES.length]}`;
        return { ...base, name, aliases: random.chance(0.3) ? [`the ${name}`] : [], sameAs };
      }
      case 'place':
        return { ...base, name: `${w}${PLACE_SUFFIXES[i % PLACE_SUFFIXES.length]}`, sameAs };
      case 'product':
        return { ...base, name: `${w}${PRODUCT_SUFFIXES[i % PRODUCT_SUFFIXES.length]}`, sameAs };
      case 'thing':
        return { ...base, name: `the ${THING_KINDS[i % THING_KINDS.length]} ${w}`, sameAs };
      case 'anonymous': {
        const descriptor =
          random.pick([
            'officials familiar with',
            'a source close to',
            'several people briefed on',
            'one official involved in',
          ]) + ` the ${w} file`;
        const several = descriptor.startsWith('officials') || descriptor.startsWith('several');
        return {
          ...base,
          name: descriptor,
          anonymous: {
            descriptor,
            affiliation: [random.pick(['US', 'Europe', 'Russia', 'Ukraine', 'industry'])],
            count: several ? { min: 2 } : { min: 1, max: 1 },
          },
        };
      }
      case 'outlet':
        return { ...base, name: `The ${w} ${OUTLET_SUFFIXES[i % OUTLET_SUFFIXES.length]}`, sameAs };
    }
  }

  event(i: number): { event: EventInput; refs: [Exclude<Pool, 'event'>, number][] } {
    const random = new Random(deriveSeed(this.spec.seed ^ 0x7e7e7e7e, i));
    const place = this.draw('place', random);
    const refs: [Exclude<Pool, 'event'>, number][] = [['place', place]];
    const participants = 1 + random.int(3);
    for (let p = 0; p < participants; p++) {
      const pool = random.chance(0.6) ? 'person' : 'org';
      refs.push([pool, this.draw(pool, random)]);
    }
    const unique = [
      ...new Map(
        refs.map(([pool, n]) => [this.id(pool, n), [pool, n] as [Exclude<Pool, 'event'>, number]]),
      ).values(),
    ];
    return {
      event: {
        id: this.id('event', i),
        name: this.named(`${this.nameWord('event', i)} ${EVENT_NOUNS[i % EVENT_NOUNS.length]}`),
        date: fuzzyDate(random),
        places: [this.id('place', place)],
        participants: unique.slice(1).map(([pool, n]) => this.id(pool, n)),
      },
      refs: unique,
    };
  }
}

/** Collects the source text line by line and anchors each line exactly where it lands. */
class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly spans: {
    start: number;
    end: number;
    target: { exact: string; prefix: string; suffix: string; start: number; end: number };
  }[] = [];

  add(exact: string) {
    const start = this.length;
    this.parts.push(exact, '.\n');
    this.length += exact.length + 2;
    const anchor = { exact, prefix: '', suffix: '', start, end: start + exact.length };
    this.spans.push({ start, end: anchor.end, target: anchor });
    return anchor;
  }

  /** Joins the text and fills each anchor's 32-character prefix and suffix from it. */
  finish(): string {
    const text = this.parts.join('');
    for (const { start, end, target } of this.spans) {
      target.prefix = text.slice(Math.max(0, start - 32), start);
      target.suffix = text.slice(end, end + 32);
    }
    return text;
  }
}

export interface GeneratedBundle {
  input: BundleInput;
  claims: number;
  occurrences: number;
}

/** Bundle k of the graph, built without generating the bundles before it. */
export function generateBundle(world: World, k: number): GeneratedBundle {
  const { spec, ns } = world;
  const random = new Random(deriveSeed(spec.seed, k));
  const budget = Math.min(spec.claimsPerBundle, spec.claims - k * spec.claimsPerBundle);
  const entities = new Map<string, EntityInput>();
  const events = new Map<string, EventInput>();
  const use = (pool: Exclude<Pool, 'event'>, i: number): EntityInput => {
    const id = world.id(pool, i);
    let e = entities.get(id);
    if (!e) {
      e = world.entity(pool, i);
      entities.set(id, e);
      const roleIn = e.roles?.[0]?.of;
      if (roleIn && !entities.has(roleIn))
        use('org', Number(roleIn.slice(roleIn.lastIndexOf(':') + 1)));
    }
    return e;
  };
  const useEvent = (i: number): EventInput => {
    const id = world.id('event', i);
    let ev = events.get(id);
    if (!ev) {
      const made = world.event(i);
      ev = made.event;
      for (const [pool, n] of made.refs) use(pool, n);
      events.set(id, ev);
    }
    return ev;
  };
  const named = () => {
    const pool = random.chance(0.7) ? 'person' : 'org';
    return use(pool, world.draw(pool, random));
  };
  const outlet = () => use('outlet', world.draw('outlet', random));

  const text = new TextBuilder();
  const claims: ClaimInput[] = [];
  const occurrences: OccurrenceInput[] = [];
  const relations: RelationInput[] = [];
  const reviews: ReviewInput[] = [];

  /** One reporting chain: the original speaker, then each outlet that relayed the one before. */
  const chain = (
    claimId: string,
    claimText: string,
    chainNo: number,
    speaker: EntityInput,
    depth: number,
  ) => {
    const anonymous = speaker.kind === 'ANONYMOUS_SOURCE';
    let reporter = outlet();
    const verb = random.pick(anonymous ? ANONYMOUS_VERBS : ROOT_VERBS);
    const rootId = `${claimId}:o${chainNo}-1`;
    occurrences.push({
      id: rootId,
      claim: claimId,
      speaker: speaker.id,
      reportedBy: reporter.id,
      verb,
      ...(random.chance(0.7) ? { said: fuzzyDate(random) } : {}),
      ...(random.chance(0.8) ? { published: fuzzyDate(random) } : {}),
      anchor: text.add(
        anonymous
          ? `${claimText}, ${verb} ${speaker.name}`
          : `${speaker.name} ${verb} that ${claimText}`,
      ),
    });
    let previous = rootId;
    let previousSpeaker = speaker;
    for (let hop = 2; hop <= depth; hop++) {
      const relay = reporter;
      let next = outlet();
      if (next.id === relay.id) next = outlet();
      if (next.id === relay.id) break;
      const id = `${claimId}:o${chainNo}-${hop}`;
      const relayVerb = random.pick(RELAY_VERBS);
      occurrences.push({
        id,
        claim: claimId,
        speaker: relay.id,
        reportedBy: next.id,
        verb: relayVerb,
        quotedFrom: previous,
        ...(random.chance(0.8) ? { published: fuzzyDate(random) } : {}),
        anchor: text.add(`${relay.name} ${relayVerb} ${previousSpeaker.name}`),
      });
      previous = id;
      previousSpeaker = relay;
      reporter = next;
    }
    return rootId;
  };

  const depth = () =>
    random.weighted([
      [1, 40],
      [2, 35],
      [3, 17],
      [4, 8],
    ] as const);

  for (let j = 0; claims.length < budget; j++) {
    const id = `${ns}:claim:${k}-${j}`;
    const subjectPool = random.weighted([
      ['person', 50],
      ['org', 30],
      ['product', 10],
      ['thing', 5],
      ['place', 5],
    ] as const);
    const first = use(subjectPool, world.draw(subjectPool, random));
    const subjects = [first];
    if (random.chance(0.7)) subjects.push(named());
    const place = random.chance(0.3) ? use('place', world.draw('place', random)) : undefined;
    if (place) subjects.push(place);
    const unique = [...new Map(subjects.map((s) => [s.id, s])).values()];
    const event = random.chance(0.15) ? useEvent(world.draw('event', random)) : undefined;
    const other = unique[1] && unique[1] !== place ? unique[1] : undefined;
    const claimText =
      `${first.name} ${other ? `${random.pick(PREDICATES)} ${other.name}` : random.pick(INTRANSITIVE)} over the ${world.topic(random)} ${world.topic(random)} ${random.pick(NOUNS)}` +
      (place ? ` in ${place.name}` : '') +
      (event ? ` around the ${event.name}` : '');
    claims.push({
      id,
      text: claimText,
      subjects: [...unique.map((s) => s.id), ...(event ? [event.id] : [])],
      ...(random.chance(0.6) ? { appliesTo: fuzzyDate(random) } : {}),
    });

    const chains = random.weighted([
      [1, 80],
      [2, 17],
      [3, 3],
    ] as const);
    const roots: string[] = [];
    for (let c = 1; c <= chains; c++) {
      const speaker = random.chance(0.35)
        ? use('anonymous', world.draw('anonymous', random))
        : random.chance(0.4) && (first.kind === 'PERSON' || first.kind === 'ORGANIZATION')
          ? first
          : named();
      roots.push(chain(id, claimText, c, speaker, depth()));
    }

    // Roughly one claim in nine draws a denial, so about 10% of all claims end up disputed.
    if (claims.length < budget && random.chance(1 / 9)) {
      const denialId = `${id}:denial`;
      const denier = first.kind === 'PERSON' || first.kind === 'ORGANIZATION' ? first : named();
      const denialText = `It is false that ${claimText}`;
      claims.push({
        id: denialId,
        text: denialText,
        subjects: claims[claims.length - 1].subjects,
        ...(random.chance(0.5) ? { appliesTo: fuzzyDate(random) } : {}),
      });
      const evidence = chain(denialId, denialText, 1, denier, random.chance(0.7) ? 1 : 2);
      relations.push({
        id: `${id}:disputed-by-denial`,
        kind: 'DISPUTES',
        from: denialId,
        to: id,
        evidence: [evidence],
        note: 'synthetic denial',
      });
      if (random.chance(0.1)) {
        reviews.push({
          id: `${id}:review`,
          claim: id,
          author: `The ${world.nameWord('outlet', 0)} Fact Check`,
          datePublished: `${2015 + random.int(10)}-${pad(1 + random.int(12))}-${pad(1 + random.int(28))}`,
          rating: {
            ratingValue: 1 + random.int(5),
            bestRating: 5,
            worstRating: 1,
            alternateName: random.pick(['False', 'Misleading', 'Unproven', 'Mostly true', 'True']),
          },
        });
      }
    } else if (j > 0 && random.chance(0.03)) {
      const backed = claims[random.int(claims.length - 1)].id;
      if (!backed.endsWith(':denial')) {
        relations.push({
          id: `${id}:supports`,
          kind: 'SUPPORTS',
          from: id,
          to: backed,
          evidence: [roots[0]],
        });
      }
    }
  }

  const sourceText = text.finish();
  const publisher = outlet();
  return {
    claims: claims.length,
    occurrences: occurrences.length,
    input: {
      bundleVersion: 1,
      id: `${ns}:bundle:${k}`,
      source: {
        id: `${ns}:source:${k}`,
        title: `Synthetic wire archive ${k}`,
        publisher: publisher.id,
        published: fuzzyDate(random, 2023, 2024),
        text: sourceText,
        contentHash: contentHash(sourceText),
      },
      entities: [...entities.values()],
      events: [...events.values()],
      claims,
      occurrences,
      relations,
      reviews,
    },
  };
}

const worlds = new Map<string, World>();

/**
 * Bundle k of the graph of `spec` as an import task's input (src/import/prepare.ts): called by
 * the import's preparing threads, each keeping its own World per spec.
 */
export function generatedInput(spec: GraphSpec, k: number): { input: BundleInput } {
  const key = JSON.stringify(spec);
  let world = worlds.get(key);
  if (!world) worlds.set(key, (world = new World(spec)));
  return { input: generateBundle(world, k).input };
}
