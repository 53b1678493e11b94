import { findAll, positionOf } from '../bundle/anchor';
import type { DraftBundleInput } from '../bundle/draft';
import { nameKey } from '../bundle/names';
import type { EntityKind, FuzzyDate } from '../bundle/schema';
import { type AttributionCandidate, findAttributions, type SpeakerCandidate } from './attributions';
import { type DateMention, findDates } from './dates';
import { type Confidence, type EntityCandidate, findEntityCandidates } from './entities';
import { detectFurniture, type FurnitureReport, isTitleLike } from './furniture';
import type { KnownEntities } from './known-entities';
import {
  isBlank,
  type Line,
  overlapsAny,
  type Span,
  splitLines,
  splitSentences,
} from './paragraphs';

/**
 * From a raw article to a draft bundle: furniture cut, entities, attributed statements and dates
 * proposed, every proposal noted for review. The draft validates against draftBundleSchema and,
 * once `npm run anchor` completes it, against the bundle's cross-reference checks too; whether
 * it says anything true is the curator's call.
 */

export interface DraftOptions {
  /** The article's slug: ids of claims, occurrences and anonymous sources start with it. */
  slug: string;
  /** source.textFile: the article's path relative to the draft file. */
  textFile: string;
  url?: string;
  title?: string;
  /** The publishing outlet's name, when the curator knows it. */
  outlet?: string;
  published?: FuzzyDate;
  known: KnownEntities;
}

export interface ReviewNote {
  about: string;
  confidence?: Confidence;
  decide?: boolean;
  message: string;
}

export interface ArticleDraft {
  draft: DraftBundleInput;
  furniture: FurnitureReport;
  entities: EntityCandidate[];
  attributions: AttributionCandidate[];
  dates: DateMention[];
  /** Proposals the draft could not decide: unresolved speakers, kinds it guessed. */
  decisions: ReviewNote[];
}

type DraftEntity = NonNullable<DraftBundleInput['entities']>[number];
type DraftClaim = NonNullable<DraftBundleInput['claims']>[number];
type DraftOccurrence = NonNullable<DraftBundleInput['occurrences']>[number];

const ID_PREFIX: Record<EntityKind, string> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  OUTLET: 'outlet',
  ANONYMOUS_SOURCE: 'anon',
  PLACE: 'place',
  PRODUCT: 'product',
  THING: 'thing',
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  the: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

export async function draftArticle(text: string, options: DraftOptions): Promise<ArticleDraft> {
  const furniture = detectFurniture(text);
  const regions = articleRegions(text, furniture);
  const headline = findHeadline(text, regions);
  const body = regions.filter((r) => r !== headline);

  const datelineDate = options.published ? undefined : findDateline(text, body);
  const published = options.published ?? datelineDate?.date;
  const dates = findDates(text, { exclude: furniture.found, published });
  const entities = await findEntityCandidates(text, { regions, known: options.known });
  const sentences = body.flatMap((region) => splitSentences(text, region));
  const attributions = findAttributions(text, sentences);

  const builder = new DraftBuilder(text, options, entities);
  const publisher = await builder.publisher(
    headline ? text.slice(headline.start, headline.end) : undefined,
  );
  builder.addAttributions(attributions, dates, publisher);
  builder.addEntities();

  const title =
    options.title ?? (headline ? text.slice(headline.start, headline.end).trim() : undefined);
  if (datelineDate) {
    builder.note({
      about: 'source.published',
      confidence: 'medium',
      message: `taken from the dateline ${JSON.stringify(datelineDate.text)} at line ${positionOf(text, datelineDate.start).line}; check it is the publication date`,
    });
  } else if (!options.published) {
    builder.note({
      about: 'source.published',
      decide: true,
      message:
        'no publication date was given (--published) or found in a dateline: UNKNOWN until you set it',
    });
  }
  if (headline)
    builder.note({
      about: 'source.title',
      confidence: 'medium',
      message: `line 1 read as the headline; its words are not searched for attributions`,
    });

  const draft: DraftBundleInput = {
    bundleVersion: 1,
    id: `bundle:${options.slug}`,
    source: {
      id: `source:${options.slug}`,
      ...(title ? { title } : {}),
      ...(options.url ? { url: options.url } : {}),
      publisher,
      published: published ?? { precision: 'UNKNOWN' },
      language: 'en',
      textFile: options.textFile,
    },
    entities: builder.entities,
    claims: builder.claims,
    occurrences: builder.occurrences,
    furniture: furniture.found.map((f) => f.text),
    curation: {
      note:
        'Drafted by `npm run draft`: every entity, claim and occurrence is a candidate to accept, edit or delete. ' +
        "Claim texts are the article's own words: rewrite them as neutral propositions. `npm run anchor` completes the anchors and drops this section.",
      matchedAgainst: options.known.origin,
      furniture: furniture.found.map((f) => ({ line: f.line, rule: f.rule, text: f.text })),
      doubtfulFurniture: furniture.doubtful.map((d) => ({
        line: d.line,
        reason: d.reason,
        text: d.text,
      })),
      review: builder.notes,
      candidates: {
        dates: dates.map((d) => {
          const at = positionOf(text, d.start);
          return {
            date: d.date,
            line: at.line,
            column: at.column,
            ...(d.relativeTo ? { relativeTo: d.relativeTo } : {}),
          };
        }),
      },
    },
  };
  return {
    draft,
    furniture,
    entities,
    attributions,
    dates,
    decisions: builder.notes.filter((n) => n.decide),
  };
}

/** Runs of article lines: blocks with their furniture lines taken out. */
function articleRegions(text: string, furniture: FurnitureReport): Span[] {
  const regions: Span[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0)
      regions.push({ start: current[0].start, end: current[current.length - 1].end });
    current = [];
  };
  for (const line of splitLines(text)) {
    if (isBlank(line) || overlapsAny(line, furniture.found)) flush();
    else current.push(line);
  }
  flush();
  return regions;
}

/** The first region, when it is one line that reads as a headline and more text follows. */
function findHeadline(text: string, regions: Span[]): Span | undefined {
  const first = regions[0];
  if (first === undefined || regions.length < 2) return undefined;
  const line = text.slice(first.start, first.end);
  return !line.includes('\n') && isTitleLike(line) ? first : undefined;
}

/** "TROMSØ, 14 May 2025 — …": a place in capitals, a full date and a dash opening the body. */
function findDateline(text: string, body: Span[]): DateMention | undefined {
  const first = body[0];
  if (!first) return undefined;
  const opening = text.slice(first.start, Math.min(first.end, first.start + 80));
  if (!/^\p{Lu}[\p{Lu}\s.'-]*,\s/u.test(opening)) return undefined;
  const date = findDates(opening).find(
    (d) => d.date.precision === 'DAY' && /^\s*[—–-]\s/.test(opening.slice(d.end)),
  );
  return date && shift(date, first.start);
}

function shift(mention: DateMention, by: number): DateMention {
  return { ...mention, start: mention.start + by, end: mention.end + by };
}

export function slugify(words: string, maxWords = 6): string {
  return (
    words
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, maxWords)
      .join('-') || 'x'
  );
}

class DraftBuilder {
  readonly entities: DraftEntity[] = [];
  readonly claims: DraftClaim[] = [];
  readonly occurrences: DraftOccurrence[] = [];
  readonly notes: ReviewNote[] = [];

  private readonly ids = new Set<string>();
  private readonly idOfCandidate = new Map<EntityCandidate, string>();
  private readonly anonymousByKey = new Map<string, { id: string; plural: boolean }>();
  private lastAnonymous?: { id: string; plural: boolean };
  private readonly speakersUsed = new Set<EntityCandidate>();
  private readonly outletSpeakers = new Set<EntityCandidate>();
  private unattributedId?: string;
  private unresolvedId?: string;

  constructor(
    private readonly text: string,
    private readonly options: DraftOptions,
    private readonly candidates: EntityCandidate[],
  ) {}

  note(note: ReviewNote): void {
    this.notes.push(note);
  }

  async publisher(headline: string | undefined): Promise<string> {
    const outlet = this.options.outlet?.trim();
    if (outlet) {
      const key = nameKey(outlet);
      const inText = this.candidates.find((c) =>
        [c.name, ...c.aliases].some((n) => nameKey(n) === key),
      );
      if (inText) {
        this.outletSpeakers.add(inText);
        return this.entityId(inText);
      }
      const known = (await this.options.known.find([key, `the ${key}`])).values().next().value?.[0];
      if (known) {
        this.addEntity({ id: known.id, kind: known.kind, name: known.name });
        this.note({
          about: known.id,
          confidence: 'high',
          message: `the publisher --outlet ${JSON.stringify(outlet)} is the known entity ${known.id}`,
        });
        return known.id;
      }
      const id = this.freshId(`outlet:${slugify(outlet)}`);
      this.addEntity({ id, kind: 'OUTLET', name: outlet });
      return id;
    }
    const id = this.freshId(`outlet:${this.options.slug}/publisher`);
    const what = headline ? `"${headline.trim()}"` : this.options.slug;
    this.addEntity({ id, kind: 'OUTLET', name: `Publisher of ${what} (not named in the text)` });
    this.note({
      about: id,
      decide: true,
      message: 'no --outlet given: name the publisher, or keep this honest placeholder',
    });
    return id;
  }

  addAttributions(
    attributions: AttributionCandidate[],
    dates: DateMention[],
    publisher: string,
  ): void {
    let previousSpeakerId: string | undefined;
    const bySentence = new Map<
      number,
      { candidate: AttributionCandidate; occurrence: DraftOccurrence; speakerKind?: EntityKind }[]
    >();

    attributions.forEach((a, index) => {
      const n = String(index + 1).padStart(2, '0');
      const {
        id: speaker,
        confidence,
        message,
        decide,
        kind,
      } = this.resolveSpeaker(a, previousSpeakerId);
      previousSpeakerId = speaker;
      const claimId = this.freshId(`claim:${this.options.slug}/${n}-${slugify(a.statement, 5)}`);
      const statementAt = this.text.indexOf(a.statement, a.start);
      const statementSpan =
        statementAt >= 0 ? { start: statementAt, end: statementAt + a.statement.length } : a;
      const inside = (d: Span, span: Span) => d.start >= span.start && d.end <= span.end;
      const inStatement = dates.filter((d) => inside(d, statementSpan));
      const beforeVerb = dates.filter(
        (d) =>
          d.start >= a.start &&
          d.end <= a.marker.start &&
          !inside(d, statementSpan) &&
          !inside(d, a.speaker),
      );

      const claim: DraftClaim = {
        id: claimId,
        text: claimText(a.statement),
        subjects: this.subjectsOf(statementSpan, a.speaker),
      };
      if (inStatement[0]) claim.appliesTo = inStatement[0].date;
      this.claims.push(claim);

      const occurrence: DraftOccurrence = {
        id: this.freshId(`occ:${this.options.slug}/${n}-${slugify(a.speaker.text || a.verb, 3)}`),
        claim: claimId,
        speaker,
        reportedBy: publisher,
        verb: a.verb,
        anchor: this.anchorFor(a),
      };
      const said = beforeVerb[beforeVerb.length - 1];
      if (said) occurrence.said = said.date;
      this.occurrences.push(occurrence);

      const extra =
        a.alsoMarked.length > 0
          ? `; also marked ${a.alsoMarked.map((m) => JSON.stringify(m)).join(', ')}`
          : '';
      const quote = a.quoted ? '; quotes speech' : '';
      this.note({
        about: occurrence.id,
        confidence,
        ...(decide ? { decide } : {}),
        message:
          `${a.pattern} "${a.verb}" at line ${positionOf(this.text, a.marker.start).line}; speaker ${message}${extra}${quote}` +
          (said ? `; said ${JSON.stringify(said.text)}` : '') +
          (claim.appliesTo ? `; claim applies to ${JSON.stringify(inStatement[0].text)}` : ''),
      });

      const list = bySentence.get(a.start) ?? [];
      list.push({ candidate: a, occurrence, speakerKind: kind });
      bySentence.set(a.start, list);
    });

    // "X reported, citing Y" / "according to X, sourced from Y": one claim relayed in two hops.
    for (const hops of bySentence.values()) {
      const outlet = hops.find(
        (h) => h.speakerKind === 'OUTLET' && h.candidate.pattern !== 'citing',
      );
      const origin = hops.find((h) => h.candidate.pattern === 'citing' && h !== outlet);
      if (!outlet || !origin) continue;
      origin.occurrence.reportedBy = outlet.occurrence.speaker;
      this.claims.splice(
        this.claims.findIndex((c) => c.id === origin.occurrence.claim),
        1,
      );
      origin.occurrence.claim = outlet.occurrence.claim;
      outlet.occurrence.quotedFrom = origin.occurrence.id;
      this.note({
        about: outlet.occurrence.id,
        confidence: 'medium',
        message: `relays ${origin.occurrence.id} ("${origin.candidate.verb}" in the same sentence): one claim in two hops`,
      });
    }
  }

  /** Proposes every candidate; those of low confidence carry a note that asks for a decision. */
  addEntities(): void {
    for (const candidate of this.candidates) this.entityId(candidate);
  }

  private entityId(candidate: EntityCandidate): string {
    const existing = this.idOfCandidate.get(candidate);
    if (existing) return existing;
    const kind: EntityKind =
      this.outletSpeakers.has(candidate) && !candidate.known && candidate.kind !== 'PERSON'
        ? 'OUTLET'
        : candidate.kind;
    const id = candidate.known?.id ?? this.freshId(`${ID_PREFIX[kind]}:${slugify(candidate.name)}`);
    this.idOfCandidate.set(candidate, id);
    const aliases = candidate.aliases.filter(
      (a) => nameKey(a) !== nameKey(candidate.name) && a.length > 1,
    );
    this.addEntity({ id, kind, name: candidate.name, ...(aliases.length ? { aliases } : {}) });
    const line = positionOf(this.text, candidate.mentions[0].start).line;
    const reason =
      kind !== candidate.kind
        ? 'speaks as a reporting outlet ("reported", "reports from")'
        : candidate.kindReason;
    const titles = candidate.titles.length
      ? `; written with ${candidate.titles.map((t) => JSON.stringify(t)).join(', ')} (a role to record?)`
      : '';
    const others = candidate.alsoKnown?.length
      ? `; also known under that name: ${candidate.alsoKnown.map((k) => k.id).join(', ')}`
      : '';
    this.note({
      about: id,
      confidence: candidate.confidence,
      ...(candidate.confidence === 'low' ? { decide: true } : {}),
      message: `${kind} because ${reason}; ${candidate.mentions.length} mention(s), first at line ${line}${candidate.known ? `; matched ${this.options.known.origin}` : ''}${titles}${others}`,
    });
    return id;
  }

  private addEntity(entity: DraftEntity): void {
    if (this.entities.some((e) => e.id === entity.id)) return;
    this.ids.add(entity.id);
    this.entities.push(entity);
  }

  private freshId(base: string): string {
    let id = base;
    for (let i = 2; this.ids.has(id); i += 1) id = `${base}-${i}`;
    this.ids.add(id);
    return id;
  }

  private resolveSpeaker(
    a: AttributionCandidate,
    previousSpeakerId: string | undefined,
  ): { id: string; confidence: Confidence; message: string; decide?: boolean; kind?: EntityKind } {
    const sp = a.speaker;
    const written = JSON.stringify(sp.text);
    switch (sp.form) {
      case 'named': {
        const candidate = this.candidateIn(sp);
        if (candidate) {
          this.speakersUsed.add(candidate);
          if (
            /^(?:reported|revealed|according to)$/.test(a.verb) ||
            /^reports? (?:from|by|in)\b/i.test(sp.text)
          )
            this.outletSpeakers.add(candidate);
          const id = this.entityId(candidate);
          return {
            id,
            confidence: candidate.confidence,
            message: `${written} → ${id}`,
            kind: this.entities.find((e) => e.id === id)?.kind,
          };
        }
        return this.unresolved(`${written} names no entity the draft found`);
      }
      case 'anonymous':
        return this.anonymous(sp);
      case 'unattributed':
        return {
          id: this.unattributed(sp),
          confidence: 'medium',
          message: `${written}: no speaker named (unattributed)`,
          kind: 'ANONYMOUS_SOURCE',
        };
      case 'pronoun': {
        const pronoun = sp.text.toLowerCase();
        if (pronoun === 'they' && previousSpeakerId) {
          return {
            id: previousSpeakerId,
            confidence: 'low',
            decide: true,
            message: `${written} read as the previous speaker ${previousSpeakerId}`,
          };
        }
        const wanted: EntityKind[] =
          pronoun === 'he' || pronoun === 'she' ? ['PERSON'] : ['ORGANIZATION', 'OUTLET'];
        const antecedent = this.lastMentionBefore(sp.start, wanted);
        if (antecedent) {
          this.speakersUsed.add(antecedent);
          const id = this.entityId(antecedent);
          return {
            id,
            confidence: 'medium',
            message: `${written} read as ${id}, the nearest ${wanted.join('/')} before it`,
            kind: antecedent.kind,
          };
        }
        return this.unresolved(`${written} has no antecedent`);
      }
      case 'inherited':
        return previousSpeakerId
          ? {
              id: previousSpeakerId,
              confidence: 'medium',
              message: `the subject of the previous verb, ${previousSpeakerId}`,
            }
          : this.unresolved('no subject');
      default:
        return this.unresolved(
          sp.text
            ? `${written} is not a person, organization or source`
            : 'quoted speech with no speaker in its sentence',
        );
    }
  }

  private unresolved(why: string): {
    id: string;
    confidence: Confidence;
    message: string;
    decide: boolean;
  } {
    if (!this.unresolvedId) {
      this.unresolvedId = this.freshId(`anon:${this.options.slug}/unresolved-speaker`);
      this.addEntity({
        id: this.unresolvedId,
        kind: 'ANONYMOUS_SOURCE',
        name: 'Speaker the draft could not resolve',
        anonymous: { descriptor: 'unresolved by the draft' },
      });
      this.note({
        about: this.unresolvedId,
        decide: true,
        message:
          'placeholder: give each occurrence that points here its real speaker, then delete it',
      });
    }
    return {
      id: this.unresolvedId,
      confidence: 'low',
      decide: true,
      message: `unresolved (${why})`,
    };
  }

  private unattributed(sp: SpeakerCandidate): string {
    if (!this.unattributedId) {
      this.unattributedId = this.freshId(`anon:${this.options.slug}/unattributed-reports`);
      this.addEntity({
        id: this.unattributedId,
        kind: 'ANONYMOUS_SOURCE',
        name: `Unattributed reports (${this.options.slug})`,
        anonymous: { descriptor: sp.text },
      });
    }
    return this.unattributedId;
  }

  /** An anonymous source: one entity per descriptor; "the source" / "the people" refer back. */
  private anonymous(sp: SpeakerCandidate): {
    id: string;
    confidence: Confidence;
    message: string;
    kind: EntityKind;
    decide?: boolean;
  } {
    const descriptor = sp.text.trim();
    const key = nameKey(descriptor);
    const lead = key.split(' ')[0];
    const plural =
      !/^(?:one|a|an)$/.test(lead) &&
      (/s\b/.test(key.split(' ').slice(-1)[0]) ||
        /people|staff/.test(key) ||
        (NUMBER_WORDS[lead] ?? 1) > 1);
    const backReference =
      /^the (?:[\p{L}-]+ )?(?:source|official|person|people|sources|officials|insider|diplomat|aide)s?$/u.test(
        key,
      );
    if (backReference && this.lastAnonymous && this.lastAnonymous.plural === plural) {
      return {
        id: this.lastAnonymous.id,
        confidence: 'medium',
        message: `"${descriptor}" read as the earlier ${this.lastAnonymous.id}`,
        kind: 'ANONYMOUS_SOURCE',
      };
    }
    const known = this.anonymousByKey.get(key);
    if (known) {
      this.lastAnonymous = known;
      return {
        id: known.id,
        confidence: 'medium',
        message: `"${descriptor}" → ${known.id}`,
        kind: 'ANONYMOUS_SOURCE',
      };
    }
    const id = this.freshId(`anon:${this.options.slug}/${slugify(descriptor, 5)}`);
    const count =
      NUMBER_WORDS[lead] !== undefined && lead !== 'the'
        ? { min: NUMBER_WORDS[lead], max: NUMBER_WORDS[lead] }
        : plural
          ? { min: 2 }
          : lead === 'the'
            ? { min: 1, max: 1 }
            : undefined;
    const affiliation = this.candidates
      .filter(
        (c) =>
          (c.kind === 'PLACE' || c.kind === 'ORGANIZATION') &&
          c.mentions.some((m) => m.start >= sp.start && m.end <= sp.end),
      )
      .map((c) => c.name);
    this.addEntity({
      id,
      kind: 'ANONYMOUS_SOURCE',
      name: descriptor.charAt(0).toUpperCase() + descriptor.slice(1),
      anonymous: {
        descriptor,
        ...(affiliation.length ? { affiliation } : {}),
        ...(count ? { count } : {}),
      },
    });
    const entry = { id, plural };
    this.anonymousByKey.set(key, entry);
    this.lastAnonymous = entry;
    this.note({
      about: id,
      confidence: 'medium',
      message: `anonymous source "${descriptor}"${count ? `, count ${count.min}${count.max ? `–${count.max}` : '+'}` : ''}; is it one already in the graph?`,
    });
    return {
      id,
      confidence: 'medium',
      message: `"${descriptor}" → ${id}`,
      kind: 'ANONYMOUS_SOURCE',
    };
  }

  /** The entity named inside a speaker phrase: the last named person, outlet or organization in it. */
  private candidateIn(span: Span): EntityCandidate | undefined {
    const inside = this.candidates
      .flatMap((c) =>
        c.mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => ({ c, m })),
      )
      .sort((x, y) => x.m.start - y.m.start);
    const rank = (k: EntityKind) => (k === 'PLACE' || k === 'THING' ? 1 : 0);
    inside.sort((x, y) => rank(x.c.kind) - rank(y.c.kind) || y.m.start - x.m.start);
    return inside[0]?.c;
  }

  private lastMentionBefore(offset: number, kinds: EntityKind[]): EntityCandidate | undefined {
    let best: { c: EntityCandidate; start: number } | undefined;
    for (const c of this.candidates) {
      if (!kinds.includes(c.kind)) continue;
      for (const m of c.mentions)
        if (m.end <= offset && (!best || m.start > best.start)) best = { c, start: m.start };
    }
    return best?.c;
  }

  private subjectsOf(span: Span, speaker: Span): string[] {
    const ids: string[] = [];
    for (const c of this.candidates) {
      const named = c.mentions.some(
        (m) =>
          m.start >= span.start &&
          m.end <= span.end &&
          !(m.start >= speaker.start && m.end <= speaker.end),
      );
      if (!named) continue;
      const id = this.entityId(c);
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** The sentence's own words; a hint picks the place when they appear more than once. */
  private anchorFor(a: AttributionCandidate): DraftOccurrence['anchor'] {
    const places = findAll(this.text, a.exact);
    if (places.length <= 1) return { exact: a.exact };
    return { exact: a.exact, hint: { occurrence: places.indexOf(a.start) + 1 } };
  }
}

/** The statement as a claim: the article's words, first letter up, ending with a full stop. */
function claimText(statement: string): string {
  let s = statement.trim().replace(/[,;:]+$/, '');
  if (/^[“"]/.test(s) && /[”"]$/.test(s)) s = s.slice(1, -1).replace(/[,;]$/, '');
  s = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]["”’]?$/.test(s) ? s : `${s}.`;
}
