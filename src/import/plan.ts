import crypto from 'node:crypto';
import { Bundle, FuzzyDate } from '../bundle/schema';
import { BundleValidationError, validateBundle } from '../bundle/validate';
import { applyEntityMapping, bundleHash, entityRows } from '../ingest/ingest-bundle';

/**
 * The graph that ingestBundle would build from a sequence of bundles, computed in memory for the
 * offline importer: the same entity resolution (by id, then by a name or alias key of the same
 * kind, against what earlier bundles stored), the same first-writer-wins properties (every node is
 * MERGEd with ON CREATE), the same accumulated links and aliases, and the derived values the write
 * path keeps (sourcing counts, time spans, claim tallies). Occurrences are handed to `onOccurrence`
 * as they are accepted, so a million-claim load never holds them all.
 */

export interface StoredEntity {
  id: string;
  kind: string;
  name: string;
  nameKey: string;
  description: string | null;
  aliases: string[];
  sameAs: string[];
  descriptor: string | null;
  affiliation: string[] | null;
  countMin: number | null;
  countMax: number | null;
  aliasText: string;
}

export interface StoredRole {
  id: string;
  title: string;
  asWritten: string | null;
  period: FuzzyDate | null;
}

export interface StoredSource {
  id: string;
  title: string | null;
  url: string | null;
  text: string;
  contentHash: string;
  language: string;
  published: FuzzyDate;
  furniture: string[];
}

export interface StoredEvent {
  id: string;
  name: string;
  description: string | null;
  date: FuzzyDate;
}

export interface StoredClaim {
  id: string;
  text: string;
  appliesTo: FuzzyDate | null;
  disputed: boolean;
  /** Derived, filled by finish(). */
  sourcing?: Sourcing;
}

export interface Sourcing {
  occurrenceCount: number;
  deepestChain: number;
  independentSources: number;
  namedSources: number;
  anonymousSources: number;
  anonymousOnly: boolean;
  supportingClaims: number;
  corroborated: boolean;
  /** Origins in id order, and each one's group (itself when none), as refresh-claim-sourcing keeps them. */
  originIds: string[];
  originGroupIds: string[];
  carryingSources: number;
  singleOrigin: boolean;
}

export interface StoredOccurrence {
  id: string;
  claim: string;
  speaker: string;
  reportedBy: string;
  source: string;
  verb: string;
  depth: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  contentHash: string;
  said: FuzzyDate | null;
  published: FuzzyDate | null;
  stance: string;
}

export interface StoredRelation {
  id: string;
  kind: 'DISPUTES' | 'SUPPORTS';
  note: string | null;
  from: Set<string>;
  to: Set<string>;
  evidence: Set<string>;
}

export interface StoredReview {
  id: string;
  claim: Set<string>;
  author: string;
  datePublished: string;
  url: string | null;
  reviewBody: string | null;
  ratingValue: number;
  bestRating: number | null;
  worstRating: number | null;
  alternateName: string | null;
}

/**
 * Relationship sets keyed "from\u0000to", so that MERGE's once-only semantics hold. The ends are
 * also kept in insertion order, so that reading the pairs back does not cut every key apart.
 */
export class LinkSet {
  readonly pairs = new Set<string>();
  private readonly from: string[] = [];
  private readonly to: string[] = [];
  add(from: string, to: string) {
    const key = from + '\u0000' + to;
    if (this.pairs.has(key)) return;
    this.pairs.add(key);
    this.from.push(from);
    this.to.push(to);
  }
  has(from: string, to: string) {
    return this.pairs.has(from + '\u0000' + to);
  }
  *entries(): Generator<[string, string]> {
    for (let i = 0; i < this.from.length; i++) yield [this.from[i], this.to[i]];
  }
  /** Calls `f` with each pair's ends, in insertion order, without making a pair of them. */
  forEach(f: (from: string, to: string) => void) {
    for (let i = 0; i < this.from.length; i++) f(this.from[i], this.to[i]);
  }
  get size() {
    return this.pairs.size;
  }
}

/** What sourcing needs of each occurrence, kept after the occurrence itself has been written out. */
interface OccurrenceFacts {
  claim: string;
  speaker: string;
  reportedBy: string;
  source: string;
  depth: number;
  stance: string;
}

const hash = (value: string) => crypto.createHash('sha256').update(value).digest('hex');

/** The class of an interval's length, exactly as cypher/timeline/refresh-time-spans.cypher computes it. */
export function timeSpan(date: FuzzyDate | null | undefined): number | null {
  if (!date?.earliest) return null;
  const asNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : null);
  const latest = asNumber((date.latest ?? date.earliest).replace(/-/g, ''));
  const earliest = asNumber(date.earliest.replace(/-/g, ''));
  if (latest === null || earliest === null) return 4;
  const length = latest - earliest;
  if (length <= 30) return 0;
  if (length <= 400) return 1;
  if (length <= 1200) return 2;
  if (length <= 100000) return 3;
  return 4;
}

/** The timeline order key, exactly as cypher/timeline/refresh-time-spans.cypher computes it. */
export function timeOrder(date: FuzzyDate | null | undefined, id: string): string | null {
  if (!date?.earliest) return null;
  return date.earliest + (date.latest ?? '~~~~~~~~~~') + id;
}

/**
 * The date tallies an order key is counted under, exactly as cypher/timeline/refresh-time-spans.cypher
 * names them: the year, month and day of the start and of the end (latest, or earliest when
 * latest is unknown).
 */
export function dateTallyKeys(orderKey: string): string[] {
  const earliest = orderKey.slice(0, 10);
  const latest = orderKey.slice(10, 20);
  const end = latest === '~~~~~~~~~~' ? earliest : latest;
  return [
    `start-year:${earliest.slice(0, 4)}`,
    `start-month:${earliest.slice(0, 7)}`,
    `start-day:${earliest}`,
    `end-year:${end.slice(0, 4)}`,
    `end-month:${end.slice(0, 7)}`,
    `end-day:${end}`,
  ];
}

/** The tally key of cypher/claims/refresh-claim-tallies.cypher. */
export function tallyKey(flags: (boolean | null | undefined)[]): string {
  return flags.map((f) => (f === true ? 't' : f === false ? 'f' : 'n')).join('');
}

export class ImportPlan {
  readonly entities = new Map<string, StoredEntity>();
  /** Alias key → its text (the first spelling seen) and the entities it names, in link order. */
  readonly aliases = new Map<string, { text: string; of: string[] }>();
  readonly roles = new Map<string, StoredRole>();
  readonly holdsRole = new LinkSet();
  /** Entity → the group its members count as one origin in (ingest/link-entity-groups). */
  readonly partOf = new LinkSet();
  readonly roleIn = new LinkSet();
  readonly sources = new Map<string, StoredSource>();
  readonly publishedBy = new LinkSet();
  /** Bundle id → the hash of the last document loaded under it. */
  readonly bundles = new Map<string, string>();
  readonly contains = new LinkSet();
  readonly events = new Map<string, StoredEvent>();
  readonly at = new LinkSet();
  readonly involved = new LinkSet();
  readonly claims = new Map<string, StoredClaim>();
  readonly about = new LinkSet();
  /** Claim or event → entity, the one type connections and neighbourhoods walk. */
  readonly involves = new LinkSet();
  readonly occurrences = new Map<string, OccurrenceFacts>();
  readonly quotedFrom = new LinkSet();
  readonly relations = new Map<string, StoredRelation>();
  /** Claim → claim shortcuts of relations, with the relation id: "from\u0000to\u0000relation". */
  readonly disputes = new Set<string>();
  readonly supports = new Set<string>();
  readonly reviews = new Map<string, StoredReview>();
  claimCount = 0;

  constructor(private readonly onOccurrence: (o: StoredOccurrence) => void) {}

  /** Validates one bundle and adds it as ingestBundle would; an invalid bundle adds nothing. */
  add(input: unknown, text?: string): void {
    const validation = validateBundle(input, text);
    if (!validation.ok) throw new BundleValidationError(validation.problems);
    this.addValidated(validation.bundle, validation.text, bundleHash(input));
  }

  /**
   * Adds a bundle validateBundle accepted (`text` its source text, `documentHash` the
   * bundleHash of its document): the part of add() that depends on the bundles before it, run
   * in bundle order while other threads validate the next bundles (src/import/pool.ts).
   */
  addValidated(parsed: Bundle, text: string, documentHash: string): void {
    const stored = this.sources.get(parsed.source.id);
    if (stored && stored.contentHash !== parsed.source.contentHash) {
      throw new BundleValidationError([
        {
          path: 'source.contentHash',
          message: `source "${parsed.source.id}" is already stored with another text (${stored.contentHash}); give the new text its own source id`,
        },
      ]);
    }
    const merged = new Map<string, string>();
    for (const e of entityRows(parsed)) {
      const storedId = this.resolve(e.id, e.kind, e.keys);
      if (storedId && storedId !== e.id) merged.set(e.id, storedId);
    }
    const bundle = applyEntityMapping(parsed, merged);
    this.addEntities(bundle);
    this.addSource(bundle, text, documentHash);
    this.addEvents(bundle);
    this.addClaims(bundle);
    this.addOccurrences(bundle);
    this.addRelations(bundle);
    this.addReviews(bundle);
  }

  /** ingest/resolve-entities: the same id, else the first key (then the smallest id) of the same kind. */
  private resolve(id: string, kind: string, keys: string[]): string | null {
    if (this.entities.has(id)) return id;
    for (const key of keys) {
      const matches = (this.aliases.get(key)?.of ?? [])
        .filter((m) => this.entities.get(m)!.kind === kind)
        .sort();
      if (matches.length > 0) return matches[0];
    }
    return null;
  }

  private addEntities(bundle: Bundle) {
    // The names and keys ingest/upsert-entities writes, in the bundle's entity order.
    const rows = entityRows(bundle);
    for (const [i, e] of bundle.entities.entries()) {
      const row = rows[i];
      let n = this.entities.get(e.id);
      if (!n) {
        n = {
          id: e.id,
          kind: e.kind,
          name: e.name,
          nameKey: row.keys[0],
          description: e.description ?? null,
          aliases: [],
          sameAs: [],
          descriptor: e.anonymous?.descriptor ?? null,
          affiliation: e.anonymous ? e.anonymous.affiliation : null,
          countMin: e.anonymous?.count?.min ?? null,
          countMax: e.anonymous?.count?.max ?? null,
          aliasText: '',
        };
        this.entities.set(e.id, n);
      }
      const newAliases = row.names.filter((a) => a !== n.name && !n.aliases.includes(a));
      const newSameAs = e.sameAs.filter((s) => !n.sameAs.includes(s));
      n.aliases = [...n.aliases, ...newAliases];
      n.sameAs = [...n.sameAs, ...newSameAs];
      n.aliasText = n.aliases.map((a) => a + ' ').join('');
      row.keys.forEach((key, i) => {
        let alias = this.aliases.get(key);
        if (!alias) {
          alias = { text: row.names[i], of: [] };
          this.aliases.set(key, alias);
        }
        if (!alias.of.includes(e.id)) alias.of.push(e.id);
      });
      for (const r of e.roles) {
        const id = `role:${hash(`${e.id}|${r.title}|${r.of ?? ''}`).slice(0, 24)}`;
        if (!this.roles.has(id))
          this.roles.set(id, {
            id,
            title: r.title,
            asWritten: r.asWritten ?? null,
            period: r.period ?? null,
          });
        this.holdsRole.add(e.id, id);
        if (r.of && this.entities.has(r.of)) this.roleIn.add(id, r.of);
      }
    }
    for (const e of bundle.entities)
      if (e.partOf && this.entities.has(e.partOf)) this.partOf.add(e.id, e.partOf);
    // A role names an organization later in the bundle: upsert-roles runs after every entity.
    for (const e of bundle.entities)
      for (const r of e.roles) {
        const id = `role:${hash(`${e.id}|${r.title}|${r.of ?? ''}`).slice(0, 24)}`;
        if (r.of && this.entities.has(r.of)) this.roleIn.add(id, r.of);
      }
  }

  private addSource(bundle: Bundle, text: string, documentHash: string) {
    const s = bundle.source;
    if (!this.sources.has(s.id))
      this.sources.set(s.id, {
        id: s.id,
        title: s.title ?? null,
        url: s.url ?? null,
        text,
        contentHash: s.contentHash,
        language: s.language,
        published: s.published,
        furniture: bundle.furniture,
      });
    this.publishedBy.add(s.id, s.publisher);
    this.bundles.set(bundle.id, documentHash);
    this.contains.add(bundle.id, s.id);
  }

  private addEvents(bundle: Bundle) {
    for (const ev of bundle.events) {
      if (!this.events.has(ev.id))
        this.events.set(ev.id, {
          id: ev.id,
          name: ev.name,
          description: ev.description ?? null,
          date: ev.date,
        });
      for (const p of ev.places)
        if (this.entities.has(p)) {
          this.at.add(ev.id, p);
          this.involves.add(ev.id, p);
        }
      for (const p of ev.participants)
        if (this.entities.has(p)) {
          this.involved.add(ev.id, p);
          this.involves.add(ev.id, p);
        }
    }
  }

  private addClaims(bundle: Bundle) {
    for (const c of bundle.claims) {
      if (!this.claims.has(c.id)) {
        this.claims.set(c.id, {
          id: c.id,
          text: c.text,
          appliesTo: c.appliesTo ?? null,
          disputed: false,
        });
        this.claimCount += 1;
      }
      for (const s of c.subjects) {
        const isEntity = this.entities.has(s);
        if (!isEntity && !this.events.has(s)) continue;
        this.about.add(c.id, s);
        if (isEntity) this.involves.add(c.id, s);
      }
    }
  }

  private addOccurrences(bundle: Bundle) {
    const byId = new Map(bundle.occurrences.map((o) => [o.id, o]));
    const memo = new Map<string, number>();
    const depth = (id: string): number => {
      const known = memo.get(id);
      if (known !== undefined) return known;
      const stored = this.occurrences.get(id);
      if (stored) return stored.depth;
      const from = byId.get(id)?.quotedFrom;
      const d = from === undefined ? 1 : depth(from) + 1;
      memo.set(id, d);
      return d;
    };
    const source = this.sources.get(bundle.source.id)!;
    for (const o of bundle.occurrences) {
      if (this.occurrences.has(o.id)) continue;
      if (!this.claims.has(o.claim)) continue;
      const d = depth(o.id);
      const stance = o.stance ?? 'REPORTS';
      this.occurrences.set(o.id, {
        claim: o.claim,
        speaker: o.speaker,
        reportedBy: o.reportedBy,
        source: bundle.source.id,
        depth: d,
        stance,
      });
      this.involves.add(o.claim, o.speaker);
      this.onOccurrence({
        id: o.id,
        claim: o.claim,
        speaker: o.speaker,
        reportedBy: o.reportedBy,
        source: bundle.source.id,
        verb: o.verb,
        depth: d,
        exact: o.anchor.exact,
        prefix: o.anchor.prefix,
        suffix: o.anchor.suffix,
        start: o.anchor.start,
        end: o.anchor.end,
        contentHash: source.contentHash,
        said: o.said ?? null,
        published: o.published ?? bundle.source.published ?? null,
        stance,
      });
    }
    for (const o of bundle.occurrences)
      if (o.quotedFrom && this.occurrences.has(o.id) && this.occurrences.has(o.quotedFrom))
        this.quotedFrom.add(o.id, o.quotedFrom);
  }

  private addRelations(bundle: Bundle) {
    // Disputes are written before supports, as in ingestBundle.
    const ordered = [
      ...bundle.relations.filter((r) => r.kind === 'DISPUTES'),
      ...bundle.relations.filter((r) => r.kind === 'SUPPORTS'),
    ];
    for (const r of ordered) {
      if (!this.claims.has(r.from) || !this.claims.has(r.to)) continue;
      let rel = this.relations.get(r.id);
      if (!rel) {
        rel = {
          id: r.id,
          kind: r.kind,
          note: r.note ?? null,
          from: new Set(),
          to: new Set(),
          evidence: new Set(),
        };
        this.relations.set(r.id, rel);
      }
      rel.from.add(r.from);
      rel.to.add(r.to);
      const shortcut = `${r.from}\u0000${r.to}\u0000${r.id}`;
      if (r.kind === 'DISPUTES') {
        this.disputes.add(shortcut);
        this.claims.get(r.to)!.disputed = true;
      } else this.supports.add(shortcut);
      for (const e of r.evidence) if (this.occurrences.has(e)) rel.evidence.add(e);
    }
  }

  private addReviews(bundle: Bundle) {
    for (const r of bundle.reviews) {
      if (!this.claims.has(r.claim)) continue;
      let review = this.reviews.get(r.id);
      if (!review) {
        review = {
          id: r.id,
          claim: new Set(),
          author: r.author,
          datePublished: r.datePublished,
          url: r.url ?? null,
          reviewBody: r.reviewBody ?? null,
          ratingValue: r.rating.ratingValue,
          bestRating: r.rating.bestRating ?? null,
          worstRating: r.rating.worstRating ?? null,
          alternateName: r.rating.alternateName ?? null,
        };
        this.reviews.set(r.id, review);
      }
      review.claim.add(r.claim);
    }
  }

  /** ingest/refresh-claim-sourcing for every claim, over the whole graph as loaded. */
  finish(): void {
    const quoted = new Map<string, string[]>();
    for (const [from, to] of this.quotedFrom.entries()) {
      let list = quoted.get(from);
      if (!list) quoted.set(from, (list = []));
      list.push(to);
    }
    const rootsOf = (id: string): string[] => {
      const out = new Set<string>();
      const seen = new Set<string>();
      const walk = (x: string) => {
        if (seen.has(x)) return;
        seen.add(x);
        const next = quoted.get(x);
        if (!next || next.length === 0) out.add(x);
        else next.forEach(walk);
      };
      walk(id);
      return [...out];
    };
    const hops = new Map<string, string[]>();
    for (const [id, o] of this.occurrences) {
      let list = hops.get(o.claim);
      if (!list) hops.set(o.claim, (list = []));
      list.push(id);
    }
    /** The rules of refresh-claim-sourcing: origins by relays followed, and the carrying sources. */
    const originsOf = (claimId: string) => {
      const ids = hops.get(claimId) ?? [];
      const relays = new Set<string>();
      for (const id of ids) {
        const o = this.occurrences.get(id)!;
        if ((quoted.get(id) ?? []).some((q) => this.occurrences.get(q)?.speaker !== o.speaker))
          relays.add(o.speaker);
        if (o.reportedBy !== o.speaker) relays.add(o.reportedBy);
      }
      const origins = new Set<string>();
      const carriers = new Set<string>();
      for (const id of ids) {
        const o = this.occurrences.get(id)!;
        if (o.stance !== 'REPORTS') continue;
        carriers.add(o.source);
        for (const root of rootsOf(id)) {
          const speaker = this.occurrences.get(root)?.speaker;
          if (speaker !== undefined && !relays.has(speaker)) origins.add(speaker);
        }
      }
      return { origins: [...origins].sort(), carriers };
    };
    // The first group an entity is part of, as iterating partOf in insertion order found it.
    const groups = new Map<string, string>();
    for (const [member, group] of this.partOf.entries())
      if (!groups.has(member)) groups.set(member, group);
    const groupOf = (entity: string) => groups.get(entity) ?? entity;
    const supporters = new Map<string, Set<string>>();
    for (const shortcut of this.supports) {
      const [from, to] = shortcut.split('\u0000');
      let s = supporters.get(to);
      if (!s) supporters.set(to, (s = new Set()));
      s.add(from);
    }
    const anonymous = (id: string) => this.entities.get(id)?.kind === 'ANONYMOUS_SOURCE';
    const memo = new Map<string, ReturnType<typeof originsOf>>();
    const origins = (id: string) => {
      let o = memo.get(id);
      if (!o) memo.set(id, (o = originsOf(id)));
      return o;
    };
    for (const c of this.claims.values()) {
      const own = origins(c.id);
      const supporting = supporters.get(c.id) ?? new Set<string>();
      const all = new Set(own.origins);
      for (const s of supporting) for (const sp of origins(s).origins) all.add(sp);
      const ownGroups = own.origins.map(groupOf);
      const allGroups = new Set([...all].map(groupOf));
      const ids = hops.get(c.id) ?? [];
      const speakers = own.origins;
      c.sourcing = {
        occurrenceCount: ids.length,
        deepestChain: ids.reduce((d, id) => Math.max(d, this.occurrences.get(id)!.depth), 0),
        independentSources: new Set(ownGroups).size,
        namedSources: speakers.filter((s) => !anonymous(s)).length,
        anonymousSources: speakers.filter(anonymous).length,
        anonymousOnly: speakers.length > 0 && speakers.every(anonymous),
        supportingClaims: supporting.size,
        corroborated: allGroups.size >= 2,
        originIds: speakers,
        originGroupIds: ownGroups,
        carryingSources: own.carriers.size,
        singleOrigin: own.carriers.size >= 2 && allGroups.size === 1,
      };
    }
  }

  /** Dated claims and events per date tally, as timeline/refresh-time-spans keeps them. */
  dateTallies(): Map<string, number> {
    const out = new Map<string, number>();
    const count = (key: string | null) => {
      if (key === null) return;
      for (const tally of dateTallyKeys(key)) out.set(tally, (out.get(tally) ?? 0) + 1);
    };
    for (const c of this.claims.values()) count(timeOrder(c.appliesTo, c.id));
    for (const ev of this.events.values()) count(timeOrder(ev.date, ev.id));
    return out;
  }

  /** Claim counts per tally key, as claims/refresh-claim-tallies keeps them. */
  tallies(): Map<string, number> {
    const out = new Map<string, number>();
    for (const c of this.claims.values()) {
      const key = tallyKey([
        c.disputed,
        c.sourcing?.anonymousOnly,
        c.sourcing?.corroborated,
        c.sourcing?.singleOrigin,
      ]);
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    return out;
  }
}
