import path from 'node:path';
import { FuzzyDate } from '../bundle/schema';
import { dateProperties, encodeDate, type DatePrefix } from '../fuzzy-date';
import { CsvFile } from './csv';
import { ImportPlan, LinkSet, StoredOccurrence, tallyKey, timeOrder, timeSpan } from './plan';

/** One node or relationship file and the `--nodes=`/`--relationships=` argument that names it. */
export interface ImportFile {
  kind: 'nodes' | 'relationships';
  /** Label for nodes, type for relationships. */
  name: string;
  file: string;
}

/** A fuzzy date's four cells, in the order of its four columns (`dateProperties`). */
const date = (prefix: DatePrefix, d: FuzzyDate | null | undefined) =>
  Object.values(encodeDate(prefix, d));

/**
 * Writes the graph of an ImportPlan as CSV files for neo4j-admin. Occurrences and their four
 * links are written as the plan accepts them (`occurrenceSink`), everything else at `finish`.
 */
export class CsvGraphWriter {
  readonly files: ImportFile[] = [];
  private readonly open = new Map<string, CsvFile>();
  private readonly recordedAt: string;

  constructor(
    private readonly dir: string,
    recordedAt: Date,
  ) {
    this.recordedAt = recordedAt.toISOString();
  }

  private csv(kind: ImportFile['kind'], name: string, key: string, header: string[]): CsvFile {
    let f = this.open.get(key);
    if (!f) {
      const file = path.join(this.dir, `${key}.csv`);
      f = new CsvFile(file, header);
      this.open.set(key, f);
      this.files.push({ kind, name, file });
    }
    return f;
  }

  private linkFile(type: string, from: string, to: string): CsvFile {
    return this.csv('relationships', type, `${type}-${from}-${to}`, [
      `:START_ID(${from})`,
      `:END_ID(${to})`,
    ]);
  }

  private links(
    type: string,
    from: string,
    to: string,
    pairs: Iterable<[string, string]> | LinkSet,
  ) {
    const f = this.linkFile(type, from, to);
    if (pairs instanceof LinkSet) pairs.forEach((a, b) => f.pair(a, b));
    else for (const [a, b] of pairs) f.pair(a, b);
  }

  /** The files every occurrence writes a row to, opened once. */
  private occurrenceFiles?: {
    node: CsvFile;
    ofClaim: CsvFile;
    attributedTo: CsvFile;
    reportedBy: CsvFile;
    inSource: CsvFile;
  };

  /** Hands to ImportPlan: writes one accepted occurrence and its links at once. */
  readonly occurrenceSink = (o: StoredOccurrence) => {
    const files = (this.occurrenceFiles ??= {
      node: this.occurrenceNodes(),
      ofClaim: this.linkFile('OF_CLAIM', 'Occurrence', 'Claim'),
      attributedTo: this.linkFile('ATTRIBUTED_TO', 'Occurrence', 'Entity'),
      reportedBy: this.linkFile('REPORTED_BY', 'Occurrence', 'Entity'),
      inSource: this.linkFile('IN_SOURCE', 'Occurrence', 'Source'),
    });
    files.node.row([
      o.id,
      o.verb,
      o.depth,
      o.exact,
      o.prefix,
      o.suffix,
      o.start,
      o.end,
      o.contentHash,
      ...date('said', o.said),
      ...date('published', o.published),
      o.stance,
      this.recordedAt,
    ]);
    files.ofClaim.pair(o.id, o.claim);
    files.attributedTo.pair(o.id, o.speaker);
    files.reportedBy.pair(o.id, o.reportedBy);
    files.inSource.pair(o.id, o.source);
  };

  private occurrenceNodes(): CsvFile {
    return this.csv('nodes', 'Occurrence', 'Occurrence', [
      'id:ID(Occurrence)',
      'verb',
      'depth:long',
      'exact',
      'prefix',
      'suffix',
      'start:long',
      'end:long',
      'contentHash',
      ...dateProperties('said'),
      ...dateProperties('published'),
      'stance',
      'recordedAt:datetime',
    ]);
  }

  /** Writes every other node and relationship; the plan must have run finish(). */
  finish(plan: ImportPlan): ImportFile[] {
    const at = this.recordedAt;
    const entities = this.csv('nodes', 'Entity', 'Entity', [
      'id:ID(Entity)',
      'kind',
      'name',
      'nameKey',
      'description',
      'aliases:string[]',
      'sameAs:string[]',
      'descriptor',
      'affiliation:string[]',
      'countMin:long',
      'countMax:long',
      'recordedAt:datetime',
      'aliasText',
    ]);
    for (const e of plan.entities.values())
      entities.row([
        e.id,
        e.kind,
        e.name,
        e.nameKey,
        e.description,
        e.aliases,
        e.sameAs,
        e.descriptor,
        e.affiliation,
        e.countMin,
        e.countMax,
        at,
        e.aliasText,
      ]);
    const aliases = this.csv('nodes', 'Alias', 'Alias', ['key:ID(Alias)', 'text']);
    for (const [key, a] of plan.aliases) aliases.row([key, a.text]);
    this.links(
      'ALIAS_OF',
      'Alias',
      'Entity',
      [...plan.aliases].flatMap(([key, a]) => a.of.map((id) => [key, id] as [string, string])),
    );

    const roles = this.csv('nodes', 'Role', 'Role', [
      'id:ID(Role)',
      'title',
      'asWritten',
      ...dateProperties('period'),
      'recordedAt:datetime',
    ]);
    for (const r of plan.roles.values())
      roles.row([r.id, r.title, r.asWritten, ...date('period', r.period), at]);
    this.links('HOLDS_ROLE', 'Entity', 'Role', plan.holdsRole);
    this.links('PART_OF', 'Entity', 'Entity', plan.partOf);
    this.links('ROLE_IN', 'Role', 'Entity', plan.roleIn);

    const sources = this.csv('nodes', 'Source', 'Source', [
      'id:ID(Source)',
      'title',
      'url',
      'text',
      'contentHash',
      'language',
      ...dateProperties('published'),
      'furniture:string[]',
      'recordedAt:datetime',
    ]);
    for (const s of plan.sources.values())
      sources.row([
        s.id,
        s.title,
        s.url,
        s.text,
        s.contentHash,
        s.language,
        ...date('published', s.published),
        s.furniture,
        at,
      ]);
    this.links('PUBLISHED_BY', 'Source', 'Entity', plan.publishedBy);
    const bundles = this.csv('nodes', 'Bundle', 'Bundle', [
      'id:ID(Bundle)',
      'recordedAt:datetime',
      'contentHash',
    ]);
    for (const [id, hash] of plan.bundles) bundles.row([id, at, hash]);
    this.links('CONTAINS', 'Bundle', 'Source', plan.contains);

    const events = this.csv('nodes', 'Event', 'Event', [
      'id:ID(Event)',
      'name',
      'description',
      ...dateProperties('date'),
      'recordedAt:datetime',
      'dateSpan:long',
      'dateOrder',
    ]);
    for (const ev of plan.events.values())
      events.row([
        ev.id,
        ev.name,
        ev.description,
        ...date('date', ev.date),
        at,
        timeSpan(ev.date),
        timeOrder(ev.date, ev.id),
      ]);
    this.links('AT', 'Event', 'Entity', plan.at);
    this.links('INVOLVED', 'Event', 'Entity', plan.involved);

    const claims = this.csv('nodes', 'Claim', 'Claim', [
      'id:ID(Claim)',
      'text',
      ...dateProperties('applies'),
      'disputed:boolean',
      'version:long',
      'recordedAt:datetime',
      'occurrenceCount:long',
      'deepestChain:long',
      'independentSources:long',
      'namedSources:long',
      'anonymousSources:long',
      'anonymousOnly:boolean',
      'supportingClaims:long',
      'corroborated:boolean',
      'originIds:string[]',
      'originGroupIds:string[]',
      'carryingSources:long',
      'singleOrigin:boolean',
      'sourcingRules:long',
      'tallyKey',
      'appliesSpan:long',
      'appliesOrder',
    ]);
    for (const c of plan.claims.values()) {
      const s = c.sourcing!;
      claims.row([
        c.id,
        c.text,
        ...date('applies', c.appliesTo),
        c.disputed,
        1,
        at,
        s.occurrenceCount,
        s.deepestChain,
        s.independentSources,
        s.namedSources,
        s.anonymousSources,
        s.anonymousOnly,
        s.supportingClaims,
        s.corroborated,
        s.originIds,
        s.originGroupIds,
        s.carryingSources,
        s.singleOrigin,
        2,
        tallyKey([c.disputed, s.anonymousOnly, s.corroborated, s.singleOrigin]),
        timeSpan(c.appliesTo),
        timeOrder(c.appliesTo, c.id),
      ]);
    }
    // One pass over each link set, each pair to the file of its end's label.
    const aboutEntity = this.linkFile('ABOUT', 'Claim', 'Entity');
    const aboutEvent = this.linkFile('ABOUT', 'Claim', 'Event');
    plan.about.forEach((c, x) => (plan.entities.has(x) ? aboutEntity : aboutEvent).pair(c, x));
    const claimInvolves = this.linkFile('INVOLVES', 'Claim', 'Entity');
    const eventInvolves = this.linkFile('INVOLVES', 'Event', 'Entity');
    plan.involves.forEach((x, e) =>
      (plan.claims.has(x) ? claimInvolves : eventInvolves).pair(x, e),
    );
    this.links('QUOTED_FROM', 'Occurrence', 'Occurrence', plan.quotedFrom);

    const relations = this.csv('nodes', 'ClaimRelation', 'ClaimRelation', [
      'id:ID(ClaimRelation)',
      'kind',
      'note',
      'recordedAt:datetime',
    ]);
    for (const r of plan.relations.values()) relations.row([r.id, r.kind, r.note, at]);
    const each = (
      pick: (r: typeof plan.relations extends Map<string, infer R> ? R : never) => Set<string>,
    ) =>
      [...plan.relations.values()].flatMap((r) =>
        [...pick(r)].map((x) => [r.id, x] as [string, string]),
      );
    this.links(
      'FROM',
      'ClaimRelation',
      'Claim',
      each((r) => r.from),
    );
    this.links(
      'TO',
      'ClaimRelation',
      'Claim',
      each((r) => r.to),
    );
    this.links(
      'EVIDENCED_BY',
      'ClaimRelation',
      'Occurrence',
      each((r) => r.evidence),
    );
    for (const [type, shortcuts] of [
      ['DISPUTES', plan.disputes],
      ['SUPPORTS', plan.supports],
    ] as const) {
      const f = this.csv('relationships', type, type, [
        ':START_ID(Claim)',
        ':END_ID(Claim)',
        'relation',
      ]);
      for (const s of shortcuts) f.row(s.split('\u0000'));
    }

    const reviews = this.csv('nodes', 'Review', 'Review', [
      'id:ID(Review)',
      'author',
      'datePublished',
      'url',
      'reviewBody',
      'ratingValue:double',
      'bestRating:double',
      'worstRating:double',
      'alternateName',
      'recordedAt:datetime',
    ]);
    for (const r of plan.reviews.values())
      reviews.row([
        r.id,
        r.author,
        r.datePublished,
        r.url,
        r.reviewBody,
        r.ratingValue,
        r.bestRating,
        r.worstRating,
        r.alternateName,
        at,
      ]);
    this.links(
      'REVIEWS',
      'Review',
      'Claim',
      [...plan.reviews.values()].flatMap((r) =>
        [...r.claim].map((c) => [r.id, c] as [string, string]),
      ),
    );

    const tallies = this.csv('nodes', 'ClaimTally', 'ClaimTally', [
      'key:ID(ClaimTally)',
      'count:long',
    ]);
    for (const [key, count] of plan.tallies()) tallies.row([key, count]);
    const dateTallies = this.csv('nodes', 'DateTally', 'DateTally', [
      'key:ID(DateTally)',
      'count:long',
    ]);
    for (const [key, count] of plan.dateTallies()) dateTallies.row([key, count]);
    for (const f of this.open.values()) f.close();
    return this.files;
  }
}
