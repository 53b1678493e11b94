import nlp from 'compromise';
import { nameKey } from '../bundle/names';
import type { EntityKind } from '../bundle/schema';
import { MONTHS, WEEKDAYS } from './dates';
import type { KnownEntities, KnownEntity } from './known-entities';
import { type Span, splitSentences } from './paragraphs';

/**
 * Candidate entities of an article. compromise (an NLP library with its lexicon in the package,
 * nothing downloaded at run time) tags people, places and organizations; it misses many names it
 * has no lexicon entry for (SpaceX, Starlink, Roscosmos), so every run of capitalized words is a
 * candidate too, typed by cues around it. Short forms ("Musk") fold into the full name written
 * elsewhere ("Elon Musk"), and every candidate is matched by name and alias against the entities
 * already known (the graph, or the curated bundles).
 */

export interface Mention extends Span {
  text: string;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface EntityCandidate {
  /** The fullest form the text writes. */
  name: string;
  /** Other forms the text writes for it. */
  aliases: string[];
  kind: EntityKind;
  /** Why this kind: the tag, the cue or the known entity. */
  kindReason: string;
  confidence: Confidence;
  mentions: Mention[];
  /** The known entity it names, matched by name or alias. */
  known?: KnownEntity;
  /** Other known entities sharing the name: the reviewer picks. */
  alsoKnown?: KnownEntity[];
  /** Role words written just before the name ("Russian President"), kept for the reviewer. */
  titles: string[];
}

interface Token extends Span {
  text: string;
  capitalized: boolean;
  sentenceInitial: boolean;
  /** Only whitespace (no punctuation, no line break) between this token and the one before. */
  joined: boolean;
}

interface SurfaceForm {
  mention: Mention;
  /** Role words stripped from the front. */
  title?: string;
  kindHint?: { kind: EntityKind; reason: string; confidence: Confidence };
}

const LEADING_FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'according',
  'however',
  'although',
  'despite',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'also',
  'still',
  'meanwhile',
  'moreover',
  'therefore',
  'instead',
  'for',
  'in',
  'on',
  'at',
  'by',
  'from',
  'to',
  'with',
  'as',
  'if',
  'when',
  'while',
  'after',
  'before',
  'since',
  'until',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'there',
  'here',
  'what',
  'who',
  'which',
  'where',
  'why',
  'how',
  'some',
  'many',
  'most',
  'several',
  'one',
  'two',
  'sources',
  'reports',
  'officials',
  'attempts',
  'not',
  'no',
  'only',
  'then',
  'now',
  'later',
  'today',
  'yesterday',
]);

const MONTH_OR_DAY = new Set([...MONTHS, ...WEEKDAYS]);

/** Role words that stand before a person's name and are not part of it. */
const ROLE_WORDS = new Set([
  'president',
  'prime',
  'minister',
  'chancellor',
  'king',
  'queen',
  'pope',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'general',
  'gen',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'professor',
  'ceo',
  'chief',
  'director',
  'secretary',
  'judge',
  'justice',
  'commissioner',
  'mayor',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'colonel',
  'col',
  'captain',
  'sergeant',
  'lieutenant',
  'chairman',
  'chairwoman',
  'deputy',
  'foreign',
  'defence',
  'defense',
  'vice',
  'former',
]);

/** Role nouns that mark the name right after them as a person ("political scientist Jan Bremmer"). */
const PERSON_ROLE_BEFORE =
  /\b(?:president|minister|scientist|director|ceo|head|chief|spokes(?:person|man|woman)|analyst|founder|chair(?:man|woman)?|secretary|leader|professor|ambassador|general|colonel|governor|senator|mayor|journalist|reporter|editor|author|economist|researcher|expert|lawyer|entrepreneur|billionaire|businessman|businesswoman)['’]?s?,?\s*$/i;

/** An appositive right after a name that marks a person ("Elon Musk, the influential CEO of …"). */
const PERSON_ROLE_AFTER =
  /^,\s+(?:the\s+|a\s+|then-|former\s+|its\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ceo|head|chief|director|founder|president|minister|spokes(?:person|man|woman)|chair(?:man|woman)?|secretary|leader|deputy|professor|analyst|scientist|owner|executive)\b/iu;

const OUTLET_WORDS =
  /\b(?:journal|times|post|news|herald|tribune|gazette|pravda|press|daily|telegraph|guardian|chronicle|observer|monitor|wire|desk|magazine|radio|television|tv|broadcasting|reuters|bloomberg|newsletter)\b/i;
const OUTLET_BEFORE =
  /\b(?:the\s+)?(?:newsletter|newspaper|outlet|magazine|broadcaster|channel|news agency|news site|website|daily|weekly|tabloid|paper)\s+$/i;

const ORGANIZATION_WORDS =
  /\b(?:institute|university|company|corporation|corp|inc|ltd|llc|group|bank|agency|ministry|department|council|committee|commission|party|association|foundation|forces|army|navy|administration|government|authority|office|service|services|federation|union|organization|organisation|fund|systems|technologies|labs)\b/i;

const PLACE_BEFORE =
  /\b(?:in|near|across|outside|inside|around|into|towards)\s+(?:the\s+)?(?:[\p{Ll}-]+-occupied\s+)?$/iu;

/** "Ukrainian forces", "the US administration", "Russian naval forces": institutions named by a people or place. */
const INSTITUTION =
  /\b((?:\p{Lu}[\p{L}]+|\p{Lu}{2,3})(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+(?:forces|army|navy|military|government|administration|authorities|parliament|ministry|embassy|intelligence services|security services))\b/gu;

const DEMONYM = /^(?:\p{Lu}[\p{Ll}]+(?:ian|ean|an|ese|ish|ch|i)|\p{Lu}{2,3})$/u;

export interface FindEntitiesOptions {
  /** Article text to read: the spans outside page furniture. */
  regions: readonly Span[];
  known: KnownEntities;
}

export async function findEntityCandidates(
  text: string,
  options: FindEntitiesOptions,
): Promise<EntityCandidate[]> {
  const tags = compromiseTags(text, options.regions);
  const tokens = options.regions.flatMap((region) => tokenize(text, region));
  const capitalizedMidSentence = new Set(
    tokens.filter((t) => t.capitalized && !t.sentenceInitial).map((t) => t.text),
  );

  const forms: SurfaceForm[] = [];
  for (const run of capitalizedRuns(tokens)) {
    const form = cleanRun(text, run, tags, capitalizedMidSentence);
    if (form !== undefined) forms.push(form);
  }
  forms.push(...institutions(text, options.regions));
  forms.push(...datelinePlaces(text, options.regions));

  const keys = new Set<string>();
  for (const form of forms) keys.add(nameKey(form.mention.text));
  for (const key of knownKeyCandidates(tokens)) keys.add(key);
  // "the Kremlin" is written lower-case mid-sentence; its stored name may be "The Kremlin".
  for (const key of [...keys]) if (!key.startsWith('the ')) keys.add(`the ${key}`);
  const known = await options.known.find([...keys]);

  // Known names that the text writes but the runs above did not catch (e.g. a sentence-initial name).
  for (const run of capitalizedRuns(tokens)) {
    for (let i = 0; i < run.length; i += 1) {
      for (let j = Math.min(run.length, i + 6); j > i; j -= 1) {
        const mention = mentionOf(text, run.slice(i, j));
        if (!known.has(nameKey(mention.text))) continue;
        if (!forms.some((f) => f.mention.start === mention.start && f.mention.end === mention.end))
          forms.push({ mention });
        i = j - 1;
        break;
      }
    }
  }

  return buildCandidates(text, forms, tags, known);
}

/** compromise's Person, Place and Organization tags by character offset. */
function compromiseTags(text: string, regions: readonly Span[]): Map<number, Set<string>> {
  const byOffset = new Map<number, Set<string>>();
  for (const region of regions) {
    const doc = nlp(text.slice(region.start, region.end));
    for (const sentence of doc.json({ offset: true }) as CompromiseSentence[]) {
      for (const term of sentence.terms) {
        const kept = term.tags.filter((t) =>
          ['Person', 'Place', 'Organization', 'FirstName', 'Country', 'City'].includes(t),
        );
        if (kept.length > 0 && term.offset)
          byOffset.set(region.start + term.offset.start, new Set(kept));
      }
    }
  }
  return byOffset;
}

interface CompromiseSentence {
  terms: { text: string; tags: string[]; offset?: { start: number; length: number } }[];
}

function tokenize(text: string, region: Span): Token[] {
  const sentenceStarts = new Set(splitSentences(text, region).map((s) => s.start));
  const tokens: Token[] = [];
  const word = /[\p{L}\p{N}](?:[\p{L}\p{N}&]|[.'’-](?=[\p{L}\p{N}]))*/gu;
  const slice = text.slice(region.start, region.end);
  let previousEnd = -1;
  let previousPossessive = false;
  for (let m = word.exec(slice); m !== null; m = word.exec(slice)) {
    let value = m[0];
    // A possessive is not part of the name: "Musk’s" names Musk, and ends any name before it.
    const possessive = /['’]s$/.test(value);
    if (possessive) value = value.slice(0, -2);
    const start = region.start + m.index;
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const quotedStart = /^[“"‘(]$/.test(gap.trim()) && sentenceStarts.has(start - 1);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      capitalized: /^\p{Lu}/u.test(value),
      sentenceInitial: previousEnd < 0 || sentenceStarts.has(start) || quotedStart,
      joined: previousEnd >= 0 && /^[ \t]+$/.test(gap) && !previousPossessive,
    });
    previousEnd = start + m[0].length;
    previousPossessive = possessive;
  }
  return tokens;
}

/** Runs of capitalized tokens joined by spaces; "of" may join two of them ("Bank of England"). */
function capitalizedRuns(tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length > 0 && !run[run.length - 1].capitalized) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((token, i) => {
    const continues = run.length > 0 && token.joined;
    const next = tokens[i + 1];
    const connector = token.text === 'of' && continues && next?.capitalized && next.joined;
    if (token.capitalized && /\p{L}/u.test(token.text) && (continues || run.length === 0))
      run.push(token);
    else if (connector) run.push(token);
    else {
      flush();
      if (token.capitalized && /\p{L}/u.test(token.text)) run.push(token);
    }
  });
  flush();
  return runs;
}

function mentionOf(text: string, tokens: readonly Token[]): Mention {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, text: text.slice(start, end) };
}

function cleanRun(
  text: string,
  run: Token[],
  tags: Map<number, Set<string>>,
  capitalizedMidSentence: Set<string>,
): SurfaceForm | undefined {
  let tokens = run.filter((t) => !MONTH_OR_DAY.has(t.text.toLowerCase()));
  if (tokens.length !== run.length && tokens.length > 0) {
    // A month inside a run splits it; keep the part before the month.
    const firstMonth = run.findIndex((t) => MONTH_OR_DAY.has(t.text.toLowerCase()));
    tokens = run.slice(0, firstMonth);
  }
  while (tokens.length > 0 && LEADING_FUNCTION_WORDS.has(tokens[0].text.toLowerCase()))
    tokens = tokens.slice(1);
  if (tokens.length === 0) return undefined;

  let title: string | undefined;
  let cut = 0;
  while (
    cut < tokens.length - 1 &&
    (ROLE_WORDS.has(tokens[cut].text.toLowerCase().replace(/\.$/, '')) ||
      (cut === 0 && DEMONYM.test(tokens[0].text) && ROLE_WORDS.has(tokens[1]?.text.toLowerCase())))
  ) {
    cut += 1;
  }
  if (cut > 0) {
    title = text.slice(tokens[0].start, tokens[cut - 1].end);
    tokens = tokens.slice(cut);
    // "CEO of SpaceX": the role is held in what follows, which is not a person's name.
    if (tokens[0].text === 'of') {
      title = undefined;
      tokens = tokens.slice(1);
    }
  }

  const first = tokens[0];
  if (tokens.length === 1) {
    const lone = first.text;
    const tagged = tags.has(first.start);
    if (first.sentenceInitial && !tagged && !capitalizedMidSentence.has(lone)) return undefined;
    // "Russian assets", "Ukrainian officials": an adjective of nationality, not a name.
    const after = text.slice(first.end, first.end + 2);
    if (
      DEMONYM.test(lone) &&
      /\p{Lu}{2,3}/u.test(lone) === false &&
      /^ \p{Ll}/u.test(after) &&
      !tags.get(first.start)?.has('Place')
    ) {
      return undefined;
    }
    if (lone.length < 2) return undefined;
  }
  return { mention: mentionOf(text, tokens), title };
}

function institutions(text: string, regions: readonly Span[]): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    INSTITUTION.lastIndex = 0;
    for (let m = INSTITUTION.exec(slice); m !== null; m = INSTITUTION.exec(slice)) {
      const head = m[1].split(/\s+/)[0];
      if (!DEMONYM.test(head) || LEADING_FUNCTION_WORDS.has(head.toLowerCase())) continue;
      const start = region.start + m.index;
      forms.push({
        mention: { start, end: start + m[1].length, text: m[1] },
        kindHint: {
          kind: 'ORGANIZATION',
          reason: 'an institution named by a people or place ("… forces", "… administration")',
          confidence: 'medium',
        },
      });
    }
  }
  return forms;
}

/** "TROMSØ, 14 May 2025 —": the capitalized place that opens a dateline. */
function datelinePlaces(text: string, regions: readonly Span[]): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  for (const region of regions) {
    const m = /^(\p{Lu}[\p{Lu}\s.'-]*\p{Lu}),\s+[^\n]{0,40}?\d{4}\s*[—–-]/u.exec(
      text.slice(region.start, region.end),
    );
    if (!m) continue;
    forms.push({
      mention: { start: region.start, end: region.start + m[1].length, text: m[1] },
      kindHint: { kind: 'PLACE', reason: 'opens a dateline', confidence: 'medium' },
    });
  }
  return forms;
}

/** Keys of every 1–6 word run of capitalized tokens, so that known names are found even where the runs above were cut. */
function knownKeyCandidates(tokens: readonly Token[]): string[] {
  const keys: string[] = [];
  for (const run of capitalizedRuns(tokens)) {
    for (let i = 0; i < run.length; i += 1) {
      for (let j = i + 1; j <= Math.min(run.length, i + 6); j += 1) {
        keys.push(
          nameKey(
            run
              .slice(i, j)
              .map((t) => t.text)
              .join(' '),
          ),
        );
      }
    }
  }
  return keys;
}

function buildCandidates(
  text: string,
  forms: SurfaceForm[],
  tags: Map<number, Set<string>>,
  known: Map<string, KnownEntity[]>,
): EntityCandidate[] {
  const knownFor = (spelling: string) =>
    known.get(nameKey(spelling)) ?? known.get(`the ${nameKey(spelling)}`) ?? [];
  const byKey = new Map<string, SurfaceForm[]>();
  for (const form of forms.sort((a, b) => a.mention.start - b.mention.start)) {
    const key = groupKey(form.mention.text);
    const list = byKey.get(key) ?? [];
    if (
      !list.some(
        (f) => f.mention.start === form.mention.start && f.mention.end === form.mention.end,
      )
    )
      list.push(form);
    byKey.set(key, list);
  }
  const knownIdOf = (key: string) =>
    byKey.get(key)!.flatMap((f) => knownFor(f.mention.text))[0]?.id;

  // A short form folds into the one longer name it ends with: "Musk" into "Elon Musk".
  const keys = [...byKey.keys()];
  const parent = new Map<string, string>();
  for (const key of keys) {
    const longer = keys.filter((k) => k !== key && k.endsWith(` ${key}`));
    if (longer.length !== 1) continue;
    const [shortId, longId] = [knownIdOf(key), knownIdOf(longer[0])];
    if (shortId === undefined || shortId === longId) parent.set(key, longer[0]);
  }
  // Forms that name the same known entity are one candidate.
  const byKnownId = new Map<string, string>();
  for (const key of keys) {
    const id = knownIdOf(key);
    if (id === undefined || parent.has(key)) continue;
    const first = byKnownId.get(id);
    if (first === undefined) byKnownId.set(id, key);
    else parent.set(key, first);
  }
  const rootOf = (key: string): string => (parent.has(key) ? rootOf(parent.get(key)!) : key);

  const groups = new Map<string, SurfaceForm[]>();
  for (const key of keys)
    groups.set(rootOf(key), [...(groups.get(rootOf(key)) ?? []), ...byKey.get(key)!]);

  const candidates: EntityCandidate[] = [];
  for (const [rootKey, group] of groups) {
    const mentions = outermost(group.map((f) => f.mention));
    const spellings = [...new Set(mentions.map((m) => m.text))];
    const matches = uniqueById(spellings.flatMap(knownFor));
    const written = group.find((f) => groupKey(f.mention.text) === rootKey)!.mention.text;
    const name = matches[0]?.name ?? written;
    const titles = [
      ...new Set(group.map((f) => f.title).filter((t): t is string => t !== undefined)),
    ];
    const candidate: EntityCandidate = {
      name,
      aliases: spellings.filter((s) => nameKey(s) !== nameKey(name)),
      ...kindOf(text, group, mentions, tags, matches[0]),
      mentions,
      titles,
    };
    if (matches.length > 0) candidate.known = matches[0];
    if (matches.length > 1) candidate.alsoKnown = matches.slice(1);
    candidates.push(candidate);
  }
  return candidates.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function groupKey(spelling: string): string {
  return nameKey(spelling).replace(/^the /, '');
}

/** Mentions sorted by position, without those inside a longer one. */
function outermost(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter(
    (m, i) =>
      !sorted.some(
        (o, j) =>
          j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

function uniqueById(list: KnownEntity[]): KnownEntity[] {
  return list.filter((k, i) => list.findIndex((o) => o.id === k.id) === i);
}

function kindOf(
  text: string,
  group: SurfaceForm[],
  mentions: Mention[],
  tags: Map<number, Set<string>>,
  known: KnownEntity | undefined,
): Pick<EntityCandidate, 'kind' | 'kindReason' | 'confidence'> {
  if (known)
    return { kind: known.kind, kindReason: `known entity ${known.id}`, confidence: 'high' };
  const hinted = group.find((f) => f.kindHint)?.kindHint;
  if (hinted)
    return { kind: hinted.kind, kindReason: hinted.reason, confidence: hinted.confidence };

  const name = group.map((f) => f.mention.text).sort((a, b) => b.length - a.length)[0];
  const before = (m: Mention) => text.slice(Math.max(0, m.start - 40), m.start);
  const after = (m: Mention) => text.slice(m.end, m.end + 80);
  if (OUTLET_WORDS.test(name) || mentions.some((m) => OUTLET_BEFORE.test(before(m)))) {
    return {
      kind: 'OUTLET',
      kindReason: 'a newspaper word in or before the name',
      confidence: 'medium',
    };
  }

  const counts = { Person: 0, Place: 0, Organization: 0 };
  for (const m of mentions) {
    for (let at = m.start; at < m.end; at += 1) {
      const t = tags.get(at);
      if (!t) continue;
      if (t.has('Person') || t.has('FirstName')) counts.Person += 1;
      if (t.has('Place') || t.has('Country') || t.has('City')) counts.Place += 1;
      if (t.has('Organization')) counts.Organization += 1;
    }
  }
  if (
    mentions.some((m) => PERSON_ROLE_AFTER.test(after(m)) || PERSON_ROLE_BEFORE.test(before(m)))
  ) {
    return { kind: 'PERSON', kindReason: 'a role word next to the name', confidence: 'medium' };
  }
  const top = (Object.entries(counts) as [keyof typeof counts, number][]).sort(
    (a, b) => b[1] - a[1],
  )[0];
  if (top[1] > 0) {
    const kind: EntityKind =
      top[0] === 'Person' ? 'PERSON' : top[0] === 'Place' ? 'PLACE' : 'ORGANIZATION';
    return { kind, kindReason: `compromise tags it ${top[0]}`, confidence: 'high' };
  }
  if (ORGANIZATION_WORDS.test(name))
    return {
      kind: 'ORGANIZATION',
      kindReason: 'an organization word in the name',
      confidence: 'medium',
    };
  if (mentions.some((m) => PLACE_BEFORE.test(before(m))) && name.split(/\s+/).length <= 2) {
    return {
      kind: 'PLACE',
      kindReason: 'follows a place preposition ("in", "near", "to")',
      confidence: 'low',
    };
  }
  if (/\p{Ll}\p{Lu}/u.test(name) || /^\p{Lu}{2,5}$/u.test(name)) {
    return {
      kind: 'ORGANIZATION',
      kindReason: 'an acronym or a brand spelling',
      confidence: 'low',
    };
  }
  return { kind: 'THING', kindReason: 'no cue to its kind', confidence: 'low' };
}
